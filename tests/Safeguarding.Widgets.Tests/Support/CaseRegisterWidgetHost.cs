using System.Text;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using NodaTime.Text;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// A bare host with only the widgets and in-memory case registers, for the registers' widgets:
/// the LADO's 2015-16 register (the 117 cases of <see cref="Safeguarding.Tests.Shared.LadoRegisterSpreadsheets"/>),
/// fictional private fostering records, the clock at 30 June 2016 and seed 003's target. The viewer's
/// role is the <c>role</c> query value (none: nobody signed in).
/// </summary>
public sealed class CaseRegisterWidgetHost : IAsyncLifetime
{
    internal static readonly Instant Now = Instant.FromUtc(2016, 6, 30, 9, 0);
    private BareWidgetApp? _app;

    internal HttpClient Client => _app!.Client;

    internal InMemoryCaseAccessLog AccessLog { get; } = new();

    public async Task InitializeAsync()
    {
        var allegations = await AllegationsAsync();
        var privateFostering = await PrivateFosteringAsync();
        _app = await BareWidgetApp.StartAsync(services =>
        {
            services.AddSafeguardingWidgets(options => options.LadoTimelinessTargets.Add(LadoTimelinessTarget.Herefordshire2015To16));
            services.AddSingleton<IClock>(new FakeClock(Now));
            services.AddSingleton<IBusinessPlanRepository>(new InMemoryBusinessPlanRepository([]));
            services.AddSingleton<IAllegationCaseRepository>(allegations);
            services.AddSingleton<IPrivateFosteringRepository>(privateFostering);
            services.AddSingleton<ICaseAccessLog>(AccessLog);
        },
        context => context.Request.Query["role"] is [{ Length: > 0 } role] ? BareWidgetApp.User($"{role}-1", role, role) : null);
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    internal Task<string> RenderAsync(string query) => _app!.RenderAsync($"/register-widgets/{query}");

    private static async Task<InMemoryAllegationCaseRepository> AllegationsAsync()
    {
        var repository = new InMemoryAllegationCaseRepository();
        var register = new AllegationRegister(repository, new InMemoryCaseAccessLog(), new FakeClock(Now));
        var imported = await register.ImportAsync(new BoardUser("lado-1", "LADO", [BoardRole.Lado]),
            new MemoryStream(Encoding.UTF8.GetBytes(Safeguarding.Tests.Shared.LadoRegisterSpreadsheets.Herefordshire2015To16())), "lado-register-2015-16.csv");
        Assert.True(imported.IsStored, string.Join(Environment.NewLine, imported.Errors));
        return repository;
    }

    // Fictional children, their references PF-TEST-…: one overdue, one due, one notified late, one ended without notice.
    private static async Task<InMemoryPrivateFosteringRepository> PrivateFosteringAsync()
    {
        var repository = new InMemoryPrivateFosteringRepository();
        PrivateFosteringArrangement Arrangement(string reference, LocalDate start, LocalDate notified, LocalDate? end = null) =>
            new(new CaseReference(reference), new LocalDate(2004, 9, 1), start) { NotifiedOn = notified, AuthorityAwareOn = notified, End = end, CarerRelationship = CarerRelationship.FamilyFriend };
        PrivateFosteringRecord[] records =
        [
            new(Arrangement("PF-TEST-001", new LocalDate(2016, 4, 4), new LocalDate(2016, 4, 4)), [new PrivateFosteringVisit(new LocalDate(2016, 4, 11), true)]),
            new(Arrangement("PF-TEST-002", new LocalDate(2016, 6, 13), new LocalDate(2016, 6, 24))),
            new(Arrangement("PF-TEST-003", new LocalDate(2016, 5, 3), new LocalDate(2016, 5, 3)), [new PrivateFosteringVisit(new LocalDate(2016, 5, 9), true)]),
            new(Arrangement("PF-TEST-004", new LocalDate(2016, 4, 1), new LocalDate(2016, 4, 1), end: new LocalDate(2016, 6, 20)), [new PrivateFosteringVisit(new LocalDate(2016, 4, 8), true)]),
        ];
        foreach (var record in records)
        {
            Assert.Empty(PrivateFosteringRecordRules.Check(record, new LocalDate(2016, 6, 30)));
            await repository.AddAsync(record);
        }
        return repository;
    }
}

/// <summary>Renders one register widget's view component by name, for <see cref="CaseRegisterWidgetHost"/>.</summary>
[Route("register-widgets")]
public sealed class CaseRegisterWidgetHostController : Controller
{
    [HttpGet("{name}")]
    public IActionResult Render(string name, string? year, string? asAt, bool openOnly = false, int withinWorkingDays = 5)
    {
        FinancialYear? financialYear = year is null ? null : FinancialYear.Parse(year);
        LocalDate? date = asAt is null ? null : LocalDatePattern.Iso.Parse(asAt).Value;
        return name switch
        {
            "lado-cases" => ViewComponent("SafeguardingLadoCases", new { year = financialYear, openOnly, asAt = date }),
            "allegation-timeliness" => ViewComponent("SafeguardingAllegationTimeliness", new { year = financialYear, asAt = date }),
            "visits-due" => ViewComponent("SafeguardingPrivateFosteringVisitsDue", new { withinWorkingDays, asAt = date }),
            _ => NotFound(),
        };
    }
}
