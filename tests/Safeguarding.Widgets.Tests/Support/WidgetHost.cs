using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using NodaTime.Text;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// A bare host with only the widgets (none of the sample's overrides), so that snapshots pin each
/// widget's own view, rendered from the seed plans with a fixed clock and en-GB culture.
/// </summary>
public sealed class WidgetHost : IAsyncLifetime
{
    private BareWidgetApp? _app;

    internal HttpClient Client => _app!.Client;

    public async Task InitializeAsync() =>
        _app = await BareWidgetApp.StartAsync(services =>
        {
            services.AddSafeguardingWidgets(options =>
            {
                options.ScorecardFolder = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "scorecards");
                options.AnnualReportFile = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json");
            });
            services.AddSingleton<IClock>(new FakeClock(SampleIntranetFactory.Now));
            services.AddSingleton<IBusinessPlanRepository>(new InMemoryBusinessPlanRepository(PlanFileImporter.ImportFolder(RepositoryFolders.SeedPlans)));
        },
        // Snapshots show what a board member sees: plans, reports and the LADO's aggregates.
        _ => BareWidgetApp.User("board-member", "Board Member", "BoardMember"));

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    internal Task<string> RenderAsync(string query) => _app!.RenderAsync($"/widgets/{query}");
}

/// <summary>Renders one widget's view component by name, for <see cref="WidgetHost"/>.</summary>
[Route("widgets")]
public sealed class WidgetHostController : Controller
{
    [HttpGet("{name}")]
    [HttpPost("{name}")]
    public IActionResult Render(string name, string? plan, string? agency, string? asAt, bool exceptionsOnly = true, int? days = null, RagRating rating = RagRating.NotRated)
    {
        LocalDate? date = asAt is null ? null : LocalDatePattern.Iso.Parse(asAt).Value;
        return name switch
        {
            "rag-badge" => ViewComponent("SafeguardingRagBadge", new { rating, recorded = (string?)null, explanation = $"{rating} for the test." }),
            "action-plan" => ViewComponent("SafeguardingActionPlan", new { plan, agency, asAt = date }),
            "rag-summary" => ViewComponent("SafeguardingRagSummary", new { plan, asAt = date }),
            "exception-report" => ViewComponent("SafeguardingExceptionReport", new { plan, asAt = date, exceptionsOnly }),
            "actions-due" => ViewComponent("SafeguardingActionsDue", new { plan, agency, days, asAt = date }),
            "scorecard" => ViewComponent("SafeguardingScorecard", new { scorecard = plan }),
            "levels-of-need" => ViewComponent("SafeguardingLevelsOfNeed"),
            "private-fostering-check" => ViewComponent("SafeguardingPrivateFosteringCheck"),
            "harm-test-check" => ViewComponent("SafeguardingHarmTestCheck"),
            "lado-timeliness" => ViewComponent("SafeguardingLadoTimeliness"),
            "progress-history" => ViewComponent("SafeguardingProgressHistory", new { action = agency, plan }),
            "updates-due" => ViewComponent("SafeguardingUpdatesDue", new { plan, agency, asAt = date }),
            "board-attendance" => ViewComponent("SafeguardingBoardAttendance", new { scorecard = plan }),
            "child-protection-plans" => ViewComponent("SafeguardingChildProtectionPlans", new { scorecard = plan }),
            _ => NotFound(),
        };
    }
}
