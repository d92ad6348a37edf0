using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Tests.Rag;

public class SeedRagTests
{
    private static readonly LocalDate ThirtiethNovember2014 = new(2014, 11, 30);

    [Fact]
    public void Impact_evaluations_for_HSCB_training_due_Feb_14_is_red_and_out_of_timescale_on_30_November_2014()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.Actions.Single(action => action.Summary.StartsWith("Impact evaluations for HSCB Training", StringComparison.Ordinal));

        var assessment = RagRules.Assess(plan, action, ThirtiethNovember2014);

        Assert.Equal("Feb 14", action.Timescale.Text);
        Assert.Equal(RagRating.Red, assessment.Rating);
        Assert.True(assessment.IsOverdue);
        Assert.StartsWith("Red: not complete, and its timescale (Feb 14, due by 28 February 2014) had passed by 30 November 2014", assessment.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void The_TBC_domestic_abuse_actions_have_no_due_date_and_say_so()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var domesticAbuse = plan.ActionAreas.Single(area => area.Ref == "3.1").Actions;

        Assert.Equal(2, domesticAbuse.Count);
        Assert.All(domesticAbuse, action =>
        {
            var assessment = RagRules.Assess(plan, action, ThirtiethNovember2014);
            Assert.Null(action.DueDate);
            Assert.False(assessment.IsOverdue);
            Assert.Contains("no due date because its timescale is to be confirmed (Action Area is dependent upon the work of the CSP's Domestic Abuse Steering Group.",
                assessment.Explanation, StringComparison.Ordinal);
        });
    }

    [Fact]
    public void Herefordshire_2014_rolls_up_to_red_with_counts_per_rating_on_30_November_2014()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);

        var assessment = RagRules.AssessPlan(plan, ThirtiethNovember2014);

        // 29 actions are past their (last) due date; 4.5.4 ("Oct 14 for Education Mar 15 for wider
        // application") is due by 31 March 2015 but its Education milestone (31 October 2014) passed
        // with nothing recorded as met, so it is red too: 30.
        var overdue = plan.Actions.Count(action => action.DueDate < ThirtiethNovember2014);
        Assert.Equal(29, overdue);
        Assert.Equal(RagRating.Red, assessment.For("4.5.4").Rating);
        Assert.Equal(overdue + 1, assessment.Overall.Counts[RagRating.Red]);
        Assert.Equal(49, assessment.Overall.Counts.Values.Sum());
        Assert.Equal(RagRating.Red, assessment.Overall.Rating);
        Assert.Equal(assessment.Overall.Counts[RagRating.Red], assessment.Priorities.Values.Sum(rollUp => rollUp.Counts[RagRating.Red]));
        Assert.Equal(assessment.Overall.Counts[RagRating.Red], assessment.ActionAreas.Values.Sum(rollUp => rollUp.Counts[RagRating.Red]));
        Assert.Equal(49, assessment.Overall.Stale);
    }

    [Fact]
    public void An_action_area_with_nothing_overdue_rolls_up_to_its_worst_open_rating()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);

        var assessment = RagRules.AssessPlan(plan, new LocalDate(2014, 4, 2));
        var area = assessment.ActionAreas["1.1"];

        Assert.Equal(0, area.Counts[RagRating.Red]);
        Assert.Equal(RagRating.NotRated, area.Rating);
        Assert.StartsWith("Not rated: the worst rating among its 3 actions", area.Explanation, StringComparison.Ordinal);
    }

    [Fact]
    public void In_the_2009_report_star_rows_are_complete_and_other_rows_past_their_month_are_red()
    {
        var plan = SeedFiles.Plan(SeedFiles.ExceptionReport2009);
        var asAt = new LocalDate(2009, 5, 31);

        var assessment = RagRules.AssessPlan(plan, asAt);

        Assert.Equal(RagRating.Complete, assessment.For("4.9").Rating);
        Assert.Equal(RagRating.Red, assessment.For("4.12").Rating);
        Assert.Contains("▲ (Blocked or at risk)", assessment.For("4.12").Contradiction, StringComparison.Ordinal);
        Assert.Equal(RagRating.Red, assessment.For("1.3").Rating);
        var stars = plan.Actions.Count(action => action.LatestProgress(asAt)!.Ratings.Any(rating => rating.Text == "★"));
        Assert.Equal(stars, assessment.Overall.Counts[RagRating.Complete]);
        Assert.Equal(28 - stars, assessment.Overall.Counts[RagRating.Red]);
    }
}
