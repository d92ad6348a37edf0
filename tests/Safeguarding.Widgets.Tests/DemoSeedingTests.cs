using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NodaTime.Testing;
using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.SampleIntranet.Demo;
using Safeguarding.Widgets.Tests.Support;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The sample's start-up adds its demonstration plan and cases once: to a store without them, never
/// over what is already there (with whatever progress or cases were recorded since).
/// </summary>
public class DemoSeedingTests
{
    private static readonly FakeClock Clock = new(Instant.FromUtc(2026, 11, 27, 9, 0));

    private static WidgetViewModelService Widgets(IBusinessPlanRepository plans) =>
        new(plans, Clock, Options.Create(new SafeguardingWidgetsOptions()));

    [Fact]
    public async Task The_demonstration_plan_is_added_when_missing_and_kept_as_it_is_once_there()
    {
        var plans = new InMemoryBusinessPlanRepository([]);
        var seeder = new DemoPlanSeeder(plans, Widgets(plans), NullLogger<DemoPlanSeeder>.Instance);

        Assert.True(await seeder.AddIfMissingAsync(RepositoryFolders.SeedPlans));
        var added = (await plans.GetAsync(DemoPlan.Key))!;
        Assert.Equal(new LocalDate(2026, 4, 1), added.Period.Start);

        Assert.False(await seeder.AddIfMissingAsync(RepositoryFolders.SeedPlans));
        Assert.Same(added, await plans.GetAsync(DemoPlan.Key));
        Assert.Single(await plans.ListAsync());
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Demonstration_cases_go_only_into_a_register_that_holds_none(bool allegationsHeld)
    {
        var allegations = new InMemoryAllegationCaseRepository();
        var privateFostering = new InMemoryPrivateFosteringRepository();
        var heldCase = new AllegationCase(new CaseReference("LADO-2026-001"), new LocalDate(2026, 10, 1));
        var heldRecord = new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2026-001"), new LocalDate(2014, 2, 1), new LocalDate(2026, 9, 1)), []);
        if (allegationsHeld)
        {
            Assert.Empty(await allegations.AddAsync([heldCase]));
        }
        else
        {
            Assert.True(await privateFostering.AddAsync(heldRecord));
        }
        var plans = new InMemoryBusinessPlanRepository([]);

        await new DemoCaseRegisters(allegations, privateFostering, Widgets(plans), NullLogger<DemoCaseRegisters>.Instance).AddIfEmptyAsync();

        var cases = (await allegations.ListAsync()).Select(allegation => allegation.Reference.Value).ToList();
        var records = (await privateFostering.ListAsync()).Select(record => record.Reference.Value).ToList();
        if (allegationsHeld)
        {
            Assert.Equal([heldCase.Reference.Value], cases);
            Assert.NotEmpty(records);
            Assert.All(records, reference => Assert.StartsWith("DEMO-PF-", reference, StringComparison.Ordinal));
        }
        else
        {
            Assert.Equal([heldRecord.Reference.Value], records);
            Assert.NotEmpty(cases);
            Assert.All(cases, reference => Assert.StartsWith("DEMO-LADO-", reference, StringComparison.Ordinal));
        }
    }

    [Fact]
    public async Task With_both_registers_held_nothing_is_added_and_today_is_not_asked_for()
    {
        var allegations = new InMemoryAllegationCaseRepository();
        var privateFostering = new InMemoryPrivateFosteringRepository();
        Assert.Empty(await allegations.AddAsync([new AllegationCase(new CaseReference("LADO-2026-001"), new LocalDate(2026, 10, 1))]));
        Assert.True(await privateFostering.AddAsync(new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2026-001"), new LocalDate(2014, 2, 1), new LocalDate(2026, 9, 1)), [])));
        var plans = new InMemoryBusinessPlanRepository([]);
        // Start-up on a kept database reads no time zone data for today (a clock that is asked throws).
        var widgets = new WidgetViewModelService(plans, new UnaskedClock(), Options.Create(new SafeguardingWidgetsOptions()));

        await new DemoCaseRegisters(allegations, privateFostering, widgets, NullLogger<DemoCaseRegisters>.Instance).AddIfEmptyAsync();

        Assert.Equal(["LADO-2026-001"], (await allegations.ListAsync()).Select(allegation => allegation.Reference.Value));
        Assert.Equal(["PF-2026-001"], (await privateFostering.ListAsync()).Select(record => record.Reference.Value));
    }

    private sealed class UnaskedClock : IClock
    {
        public Instant GetCurrentInstant() => throw new InvalidOperationException("Expected start-up not to ask for today with both registers held.");
    }
}
