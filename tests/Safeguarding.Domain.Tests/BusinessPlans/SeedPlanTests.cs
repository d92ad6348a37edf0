using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class SeedPlanTests
{
    [Fact]
    public void Herefordshire_2014_has_49_actions_in_15_action_areas_under_4_development_areas()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);

        Assert.Equal("Development area", plan.PriorityTerm);
        Assert.Equal(4, plan.Priorities.Count);
        Assert.Equal(15, plan.ActionAreas.Count());
        Assert.Equal(49, plan.Actions.Count());
        Assert.Equal(["1.1", "1.2", "1.3", "1.4", "2.1", "2.2", "3.1", "3.2", "3.3", "3.4", "4.1", "4.2", "4.3", "4.4", "4.5"],
            plan.ActionAreas.Select(area => area.Ref));
        Assert.Same(BuiltInRagSchemes.Hscb2014, plan.RagScheme);
        Assert.All(plan.Actions, action => Assert.True(action.RefAssigned));
    }

    [Fact]
    public void Herefordshire_2014_keeps_its_action_areas_drivers_and_oversight()
    {
        var area = SeedFiles.Plan(SeedFiles.Hscb2014).ActionAreas.Single(area => area.Ref == "1.4");

        Assert.StartsWith("Ofsted Area for Improvement (Paragraph 151 and 153)", area.Driver, StringComparison.Ordinal);
        Assert.Equal([5, 6, 10, 11], area.ReviewPlanPoints);
        Assert.Equal("Steering Group", area.MonitoredBy);
        Assert.Equal("Phil Kendrick", area.StrategicOversight);
        Assert.Equal(6, area.Actions.Count);
    }

    [Fact]
    public void Herefordshire_2014_carries_the_development_priorities_table()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);

        Assert.Equal([5, 4, 5, 7], plan.Priorities.Select(priority => priority.DevelopmentPriorities.Count));
        Assert.All(plan.Priorities.SelectMany(priority => priority.DevelopmentPriorities),
            item => Assert.Equal(["13-14", "14-15", "15-16"], item.Years));
    }

    [Fact]
    public void Merged_cells_are_carried_and_say_so()
    {
        var action = SeedFiles.Plan(SeedFiles.Hscb2014).FindAction("3.1.2")!;

        Assert.Equal(TimescaleKind.ToBeConfirmed, action.Timescale.Kind);
        Assert.Contains(action.SourceNotes, note => note.StartsWith("timescale: carried from the row above", StringComparison.Ordinal));
    }

    [Fact]
    public void The_2009_exception_report_has_every_row_with_its_symbol()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);
        var asAt = new LocalDate(2009, 5, 31);

        Assert.Equal(28, plan.Actions.Count());
        Assert.Equal("▲", plan.FindAction("4.12")!.LatestProgress(asAt)!.Ratings.Single().Text);
        Assert.Equal("● / ★", plan.FindAction("1.3")!.LatestProgress(asAt)!.Ratings.Single().Text);
        Assert.Equal("No data", plan.FindAction("2.15")!.LatestProgress(asAt)!.Ratings.Single().Text);
        Assert.Equal(6, plan.Actions.Count(action => action.LatestProgress(asAt)!.Ratings.Count == 0));
        Assert.Equal(["Implement new CRB Policy & Procedure in line with DCSF guidance on safer recruitment in education"], plan.FindAction("3.2 / 3.7")!.Steps);
    }

    [Fact]
    public void The_2012_improvement_plan_has_its_scheme_work_streams_and_reference_key()
    {
        var plan = SeedFiles.Plan(SeedFiles.ImprovementPlan2012);

        Assert.Same(BuiltInRagSchemes.ImprovementPlan2012, plan.RagScheme);
        Assert.Equal("Work stream", plan.PriorityTerm);
        Assert.Equal(["Practice", "Commissioning", "HSCB", "LAC", "Workforce", "QA", "MASH", "Strengthening Governance"],
            plan.Priorities.Select(priority => priority.Title));
        Assert.Equal(["AA1", "AA2", "AA3", "AA4", "AA5", "AA6", "AA7"], plan.SourceReferences.Select(reference => reference.Key));
    }

    [Fact]
    public void West_Berkshire_has_five_themes_with_no_action_areas()
    {
        var plan = SeedFiles.Plan(SeedFiles.WestBerkshire2015);

        Assert.Equal("Theme", plan.PriorityTerm);
        Assert.Equal([5, 7, 6, 6, 7], plan.Priorities.Select(priority => priority.Actions.Count()));
        Assert.Empty(plan.ActionAreas);
        Assert.Equal("The child's voice and journey", plan.Priorities[1].Title);
    }

    [Fact]
    public void West_Berkshire_rows_that_share_an_outcome_or_lack_an_action_or_timeframe_are_kept()
    {
        var plan = SeedFiles.Plan(SeedFiles.WestBerkshire2015);

        var noAction = plan.FindAction("2.7")!;
        Assert.Null(noAction.Action);
        Assert.Equal(TimescaleKind.None, noAction.Timescale.Kind);
        Assert.Equal(plan.FindAction("3.3")!.DesiredOutcome, plan.FindAction("3.4")!.DesiredOutcome);
        Assert.Contains(plan.FindAction("3.4")!.SourceNotes, note => note.StartsWith("desiredOutcome: carried", StringComparison.Ordinal));
        Assert.Equal(TimescaleKind.Ongoing, plan.FindAction("5.2")!.Timescale.Kind);
    }
}
