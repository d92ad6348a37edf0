using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>Each widget's HTML for the seed plans, pinned: a change of wording, figures or markup must be deliberate.</summary>
public class WidgetSnapshotTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    private const string Herefordshire = "hscb-business-plan-2014-15";
    private const string ExceptionReport2009 = "safeguarding-review-exception-report-2009-05";

    [Fact]
    public async Task Rag_summary_of_Herefordshire_2014_as_at_30_November_2014() =>
        HtmlSnapshot.Verify(await host.RenderAsync($"rag-summary?plan={Herefordshire}&asAt=2014-11-30"), "RagSummary.Herefordshire2014");

    [Fact]
    public async Task Action_plan_of_Herefordshire_Council_as_at_30_November_2014() =>
        HtmlSnapshot.Verify(await host.RenderAsync($"action-plan?plan={Herefordshire}&agency=Herefordshire%20Council&asAt=2014-11-30"), "ActionPlan.HerefordshireCouncil");

    [Fact]
    public async Task Action_plan_of_West_Berkshire_with_no_action_areas() =>
        HtmlSnapshot.Verify(await host.RenderAsync("action-plan?plan=west-berkshire-business-plan-2015-17&asAt=2015-01-31"), "ActionPlan.WestBerkshire");

    [Fact]
    public async Task Exception_report_of_May_2009() =>
        HtmlSnapshot.Verify(await host.RenderAsync($"exception-report?plan={ExceptionReport2009}&asAt=2009-05-31&exceptionsOnly=false"), "ExceptionReport.May2009");

    [Fact]
    public async Task Actions_due_for_Herefordshire_Council_in_the_next_60_days() =>
        HtmlSnapshot.Verify(await host.RenderAsync($"actions-due?plan={Herefordshire}&agency=Herefordshire%20Council&days=60&asAt=2014-11-30"), "ActionsDue.HerefordshireCouncil");

    [Fact]
    public async Task Progress_history_of_an_imported_action_of_Herefordshire_2014() =>
        HtmlSnapshot.Verify(await host.RenderAsync($"progress-history?plan={Herefordshire}&agency=1.1.2"), "ProgressHistory.Herefordshire2014Action1.1.2");

    [Fact]
    public async Task Updates_due_for_Herefordshire_Council_as_at_30_November_2014() =>
        HtmlSnapshot.Verify(await host.RenderAsync($"updates-due?plan={Herefordshire}&agency=Herefordshire%20Council&asAt=2014-11-30"), "UpdatesDue.HerefordshireCouncil");

    [Fact]
    public async Task Domestic_abuse_scorecard_2015_16() =>
        HtmlSnapshot.Verify(await host.RenderAsync("scorecard?plan=domestic-abuse-2015-16"), "Scorecard.DomesticAbuse2015-16");

    [Fact]
    public async Task Levels_of_need_guide_with_nothing_ticked() =>
        HtmlSnapshot.Verify(await host.RenderAsync("levels-of-need"), "LevelsOfNeed.Empty");

    [Fact]
    public async Task Levels_of_need_guide_for_a_child_at_risk_of_step_up_who_may_be_privately_fostered() =>
        HtmlSnapshot.Verify(await host.RenderAsync("levels-of-need?indicator=at-risk-of-step-up&indicator=private-fostering"), "LevelsOfNeed.StepUpAndPrivateFostering");

    [Fact]
    public async Task Private_fostering_check_for_a_15_year_old_with_a_great_aunt_for_30_days() =>
        HtmlSnapshot.Verify(CheckerPosts.WithoutToken(await host.PostAsync("private-fostering-check", "age=15&carer=GreatUncleOrGreatAunt&setting=CarersHome&daysSoFar=30")), "PrivateFosteringCheck.GreatAunt");

    [Fact]
    public async Task Harm_test_check_on_the_suitability_limb_on_1_September_2020() =>
        HtmlSnapshot.Verify(CheckerPosts.WithoutToken(await host.PostAsync("harm-test-check", "allegationDate=2020-09-01&limb=4")), "HarmTestCheck.SuitabilityLimb");

    [Fact]
    public async Task Harm_test_check_on_a_concern_meeting_no_limb_is_a_low_level_concern() =>
        HtmlSnapshot.Verify(CheckerPosts.WithoutToken(await host.PostAsync("harm-test-check", "allegationDate=2026-11-23")), "HarmTestCheck.LowLevelConcern");

    [Fact]
    public async Task Lado_timeliness_2015_16() =>
        HtmlSnapshot.Verify(await host.RenderAsync("lado-timeliness"), "LadoTimeliness.2015-16");

    [Theory]
    [InlineData("Red")]
    [InlineData("Amber")]
    [InlineData("Green")]
    [InlineData("Complete")]
    [InlineData("NotStarted")]
    [InlineData("NotRated")]
    public async Task Rag_badge(string rating) =>
        HtmlSnapshot.Verify(await host.RenderAsync($"rag-badge?rating={rating}"), $"RagBadge.{rating}");
}
