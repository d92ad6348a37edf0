using Safeguarding.Domain.Rag;
using static Safeguarding.Domain.Tests.TestPlans;

namespace Safeguarding.Domain.Tests.Rag;

public class RagRulesTests
{
    private static readonly RagScheme Hscb = BuiltInRagSchemes.Hscb2014;
    private static readonly RagScheme FiveLevel = BuiltInRagSchemes.ImprovementPlan2012;

    [Fact]
    public void Overdue_action_is_red_whatever_its_manual_rating_and_the_contradiction_is_reported()
    {
        var action = Action("1", "Sep 14", Rated(Hscb, new LocalDate(2014, 9, 1), "G"));
        var plan = With(Hscb, action);

        var assessment = RagRules.Assess(plan, action, new LocalDate(2014, 10, 15));

        Assert.Equal(RagRating.Red, assessment.Rating);
        Assert.True(assessment.IsOverdue);
        Assert.NotNull(assessment.Contradiction);
        Assert.Contains("G (Green)", assessment.Contradiction, StringComparison.Ordinal);
        Assert.Contains("30 September 2014", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void An_overdue_action_left_not_rated_is_red_without_a_contradiction()
    {
        var action = Action("1", "Sep 14", Rated(Hscb, new LocalDate(2014, 4, 1), "N"));

        var assessment = RagRules.Assess(With(Hscb, action), action, new LocalDate(2014, 10, 15));

        Assert.Equal(RagRating.Red, assessment.Rating);
        Assert.Null(assessment.Contradiction);
        Assert.True(assessment.IsException);
    }

    [Fact]
    public void An_action_is_not_overdue_on_its_due_date()
    {
        var action = Action("1", "Sep 14", Rated(Hscb, new LocalDate(2014, 9, 1), "G"));

        var assessment = RagRules.Assess(With(Hscb, action), action, new LocalDate(2014, 9, 30));

        Assert.False(assessment.IsOverdue);
        Assert.Equal(RagRating.Green, assessment.Rating);
    }

    [Fact]
    public void An_overdue_action_already_rated_red_has_no_contradiction()
    {
        var action = Action("1", "Sep 14", Rated(Hscb, new LocalDate(2014, 10, 1), "R"));

        var assessment = RagRules.Assess(With(Hscb, action), action, new LocalDate(2014, 10, 15));

        Assert.Equal(RagRating.Red, assessment.Rating);
        Assert.Null(assessment.Contradiction);
    }

    [Fact]
    public void A_complete_action_stays_complete_after_its_due_date()
    {
        var action = Action("1", "Sep 14", Rated(FiveLevel, new LocalDate(2014, 9, 20), "BLUE"));

        var assessment = RagRules.Assess(With(FiveLevel, action), action, new LocalDate(2015, 1, 1));

        Assert.Equal(RagRating.Complete, assessment.Rating);
        Assert.False(assessment.IsOverdue);
        Assert.False(assessment.IsException);
        Assert.Equal("Complete: recorded as complete on 20 September 2014.", assessment.Explanation);
    }

    [Fact]
    public void Green_in_a_three_level_scheme_is_complete_only_when_the_update_says_so()
    {
        var onTarget = Action("1", "Sep 14", Rated(Hscb, new LocalDate(2014, 9, 20), "G"));
        var completed = Action("2", "Sep 14", Rated(Hscb, new LocalDate(2014, 9, 20), "G", markedComplete: true));
        var plan = With(Hscb, onTarget, completed);
        var asAt = new LocalDate(2014, 11, 1);

        Assert.Equal(RagRating.Red, RagRules.Assess(plan, onTarget, asAt).Rating);
        Assert.Equal(RagRating.Complete, RagRules.Assess(plan, completed, asAt).Rating);
    }

    [Fact]
    public void Completion_recorded_after_the_as_at_date_is_not_seen()
    {
        var action = Action("1", "Sep 14", Rated(FiveLevel, new LocalDate(2014, 10, 20), "BLUE"));

        var assessment = RagRules.Assess(With(FiveLevel, action), action, new LocalDate(2014, 10, 5));

        Assert.Equal(RagRating.Red, assessment.Rating);
        Assert.Null(assessment.RecordedRating);
    }

    [Fact]
    public void Work_due_to_start_later_with_nothing_recorded_is_not_started()
    {
        var action = Action("1", "Ongoing from April 2015");

        var assessment = RagRules.Assess(With(FiveLevel, action), action, new LocalDate(2015, 2, 1));

        Assert.Equal(RagRating.NotStarted, assessment.Rating);
        Assert.False(assessment.IsStale);
        Assert.Contains("1 April 2015", assessment.Explanation, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(30, RagRating.Amber)]
    [InlineData(31, RagRating.NotRated)]
    public void An_action_due_within_the_risk_window_and_not_green_is_amber(int daysBeforeDue, RagRating expected)
    {
        var action = Action("1", "Oct 14");
        var asAt = new LocalDate(2014, 10, 31).PlusDays(-daysBeforeDue);

        var assessment = RagRules.Assess(With(Hscb, action), action, asAt, new RagRuleOptions { RiskWindowDays = 30 });

        Assert.Equal(expected, assessment.Rating);
    }

    [Fact]
    public void An_action_rated_green_stays_green_within_the_risk_window()
    {
        var action = Action("1", "Oct 14", Rated(Hscb, new LocalDate(2014, 10, 1), "G"));

        var assessment = RagRules.Assess(With(Hscb, action), action, new LocalDate(2014, 10, 20));

        Assert.Equal(RagRating.Green, assessment.Rating);
    }

    [Fact]
    public void An_action_rated_red_within_the_risk_window_stays_red()
    {
        var action = Action("1", "Oct 14", Rated(Hscb, new LocalDate(2014, 10, 1), "R"));

        var assessment = RagRules.Assess(With(Hscb, action), action, new LocalDate(2014, 10, 20));

        Assert.Equal(RagRating.Red, assessment.Rating);
    }

    [Fact]
    public void The_risk_window_is_configurable()
    {
        var action = Action("1", "Dec 14", Rated(Hscb, new LocalDate(2014, 10, 1), "N"));
        var plan = With(Hscb, action);
        var asAt = new LocalDate(2014, 10, 20);

        Assert.Equal(RagRating.NotRated, RagRules.Assess(plan, action, asAt).Rating);
        Assert.Equal(RagRating.Amber, RagRules.Assess(plan, action, asAt, new RagRuleOptions { RiskWindowDays = 90 }).Rating);
    }

    [Theory]
    [InlineData(92, false)]
    [InlineData(93, true)]
    public void An_action_with_no_update_within_the_reporting_cycle_is_stale(int daysSinceUpdate, bool stale)
    {
        var updated = new LocalDate(2014, 6, 1);
        var action = Action("1", "Mar 15", Rated(Hscb, updated, "G"));

        var assessment = RagRules.Assess(With(Hscb, action), action, updated.PlusDays(daysSinceUpdate));

        Assert.Equal(stale, assessment.IsStale);
        Assert.Equal(stale, assessment.IsException);
        Assert.Equal(stale, assessment.Explanation.Contains("reporting cycle", StringComparison.Ordinal));
    }

    [Fact]
    public void The_reporting_cycle_can_be_overridden()
    {
        var updated = new LocalDate(2014, 6, 1);
        var action = Action("1", "Mar 15", Rated(Hscb, updated, "G"));

        var assessment = RagRules.Assess(With(Hscb, action), action, updated.PlusDays(40), new RagRuleOptions { ReportingCycleDays = 31 });

        Assert.True(assessment.IsStale);
    }

    [Fact]
    public void Not_rated_says_so_and_says_when_it_is_due()
    {
        var action = Action("1", "Mar 15");

        var assessment = RagRules.Assess(With(Hscb, action), action, new LocalDate(2014, 6, 1));

        Assert.Equal(RagRating.NotRated, assessment.Rating);
        Assert.Equal("Not rated: no rating has been recorded; due by 31 March 2015; no progress has been reported.", assessment.Explanation);
    }
}
