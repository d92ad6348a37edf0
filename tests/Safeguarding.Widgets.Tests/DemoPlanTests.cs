using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.SampleIntranet.Demo;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>The sample's demonstration plan: Herefordshire 2014-15 moved whole years into the financial year containing today.</summary>
public class DemoPlanTests
{
    private static readonly BusinessPlan Source = Safeguarding.Domain.Import.PlanFileImporter.ImportFile(Path.Combine(RepositoryFolders.SeedPlans, DemoPlan.SourceFile));

    [Theory]
    [InlineData(2026, 11, 27, 2026)]
    [InlineData(2027, 3, 31, 2026)]
    [InlineData(2027, 4, 1, 2027)]
    public void The_demonstration_plan_covers_the_financial_year_containing_today(int year, int month, int day, int startYear)
    {
        var plan = DemoPlan.Build(Source, new LocalDate(year, month, day));

        Assert.Equal(new DateInterval(new LocalDate(startYear, 4, 1), new LocalDate(startYear + 1, 3, 31)), plan.Period);
        Assert.Equal(DemoPlan.Key, plan.Key);
        Assert.StartsWith("Demonstration: ", plan.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void Timescales_and_progress_move_by_the_same_whole_years_and_still_read()
    {
        var plan = DemoPlan.Build(Source, new LocalDate(2026, 11, 27));

        foreach (var original in Source.Actions)
        {
            var moved = plan.FindAction(original.Ref)!;
            Assert.Equal(original.Timescale.Kind, moved.Timescale.Kind);
            Assert.Equal([.. original.Timescale.Milestones.Select(milestone => milestone.DueDate.PlusYears(12))], moved.Timescale.Milestones.Select(milestone => milestone.DueDate));
            Assert.Equal([.. original.Progress.Select(update => update.AsAt.PlusYears(12))], moved.Progress.Select(update => update.AsAt));
            Assert.All(moved.Progress, update => Assert.Null(update.RecordedAt));
        }
        // "Oct 14 for Education Mar 15 for wider application" reads as two milestones twelve years on.
        var milestones = plan.Actions.Single(action => action.Timescale.Kind == TimescaleKind.Milestones).Timescale;
        Assert.Equal("Oct 26 for Education Mar 27 for wider application", milestones.Text);
    }

    [Fact]
    public void The_demonstration_plan_rates_as_the_historical_plan_did_twelve_years_earlier()
    {
        var plan = DemoPlan.Build(Source, new LocalDate(2026, 11, 27));

        var then = RagRules.AssessPlan(Source, new LocalDate(2014, 11, 30));
        var now = RagRules.AssessPlan(plan, new LocalDate(2026, 11, 30));

        Assert.Equal(then.Overall.Counts, now.Overall.Counts);
    }
}
