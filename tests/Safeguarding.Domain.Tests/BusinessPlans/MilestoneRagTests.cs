using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

/// <summary>
/// Seed 000's action 4.5.4 is timescaled "Oct 14 for Education Mar 15 for wider application":
/// milestones due 31 October 2014 (Education) and 31 March 2015 (wider application). It is
/// outside its timescale as soon as a milestone passes without being recorded as met.
/// </summary>
public class MilestoneRagTests
{
    private const string ActionRef = "4.5.4";

    private static readonly LocalDate EducationDue = new(2014, 10, 31);
    private static readonly LocalDate WiderApplicationDue = new(2015, 3, 31);
    private static readonly LocalDate FirstNovember = new(2014, 11, 1);

    [Fact]
    public void The_action_has_two_milestones_and_is_due_by_the_last()
    {
        var action = SeedFiles.Plan(SeedFiles.Hscb2014).FindAction(ActionRef)!;

        Assert.Equal(TimescaleKind.Milestones, action.Timescale.Kind);
        Assert.Equal([new Milestone(EducationDue, "Education"), new Milestone(WiderApplicationDue, "wider application")], action.Timescale.Milestones);
        Assert.Equal(WiderApplicationDue, action.DueDate);
    }

    [Fact]
    public void With_nothing_recorded_it_is_red_the_day_after_its_first_milestone()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;

        var onTheDay = RagRules.Assess(plan, action, EducationDue);
        var dayAfter = RagRules.Assess(plan, action, FirstNovember);

        Assert.False(onTheDay.IsOverdue);
        Assert.NotEqual(RagRating.Red, onTheDay.Rating);
        Assert.Equal(RagRating.Red, dayAfter.Rating);
        Assert.True(dayAfter.IsOverdue);
        Assert.True(dayAfter.IsException);
        Assert.StartsWith("Red: not complete, and its milestone due by 31 October 2014 for Education (timescale Oct 14 for Education Mar 15 for wider application) had passed by 1 November 2014 without being recorded as met",
            dayAfter.Explanation, StringComparison.Ordinal);
        Assert.Equal(new Milestone(EducationDue, "Education"), action.NextMilestone(FirstNovember));
    }

    [Fact]
    public void A_missed_first_milestone_puts_it_in_the_overdue_list_and_the_exception_report_under_that_milestones_month()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;

        Assert.Equal(EducationDue, action.DueDateAsAt(FirstNovember));
        Assert.DoesNotContain(action, new OverdueActionsSpec(EducationDue).Evaluate(plan.Actions));
        Assert.Contains(action, new OverdueActionsSpec(FirstNovember).Evaluate(plan.Actions));
        var report = Safeguarding.Domain.Reporting.ExceptionReport.Create(plan, FirstNovember, Safeguarding.Domain.Reporting.ExceptionReportMode.ExceptionsOnly);
        var october = Assert.Single(report.Groups, group => group.Month == new YearMonth(2014, 10));
        Assert.Contains(october.Lines, line => line.Assessment.Action.Ref == ActionRef);

        // Recorded as met, it is due by its last milestone again: off the overdue list and out of October.
        action.Recorded(plan, Submission(action, new LocalDate(2014, 10, 31), "G", BusinessManager) with { MilestonesMet = [EducationDue] });

        Assert.Equal(WiderApplicationDue, action.DueDateAsAt(FirstNovember));
        Assert.DoesNotContain(action, new OverdueActionsSpec(FirstNovember).Evaluate(plan.Actions));
        var after = Safeguarding.Domain.Reporting.ExceptionReport.Create(plan, FirstNovember, Safeguarding.Domain.Reporting.ExceptionReportMode.AllDue);
        Assert.DoesNotContain(after.Groups.SelectMany(group => group.Lines), line => line.Assessment.Action.Ref == ActionRef);
    }

    [Theory]
    [InlineData(10, 31)]
    [InlineData(11, 1)]
    public void An_update_as_at_or_before_the_date_recording_the_milestone_met_keeps_it_out_of_the_red(int month, int day)
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;
        action.Recorded(plan, Submission(action, new LocalDate(2014, month, day), "G", BusinessManager) with { MilestonesMet = [EducationDue] });

        var assessment = RagRules.Assess(plan, action, FirstNovember);

        Assert.True(action.IsMilestoneMetAsAt(action.Timescale.Milestones[0], FirstNovember));
        Assert.False(action.IsMilestoneMetAsAt(action.Timescale.Milestones[1], FirstNovember));
        Assert.Equal(new Milestone(WiderApplicationDue, "wider application"), action.NextMilestone(FirstNovember));
        Assert.False(assessment.IsOverdue);
        // Next due 31 March 2015, 150 days away (outside the 30-day risk window): the green rating stands.
        Assert.Equal(RagRating.Green, assessment.Rating);
    }

    [Fact]
    public void A_milestone_recorded_as_met_only_as_at_a_later_date_does_not_help_before_it()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;
        action.Recorded(plan, Submission(action, new LocalDate(2014, 11, 5), "G", BusinessManager) with { MilestonesMet = [EducationDue] });

        Assert.Equal(RagRating.Red, RagRules.Assess(plan, action, FirstNovember).Rating);
        Assert.Equal(RagRating.Green, RagRules.Assess(plan, action, new LocalDate(2014, 11, 5)).Rating);
    }

    [Fact]
    public void Once_the_last_milestone_passes_unmet_it_is_red_again()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;
        action.Recorded(plan, Submission(action, FirstNovember, "G", BusinessManager) with { MilestonesMet = [EducationDue] });

        var assessment = RagRules.Assess(plan, action, new LocalDate(2015, 4, 1));

        Assert.Equal(RagRating.Red, assessment.Rating);
        Assert.Contains("its milestone due by 31 March 2015 for wider application", assessment.Explanation, StringComparison.Ordinal);
        Assert.NotNull(assessment.Contradiction);
    }

    [Fact]
    public void Completion_meets_every_milestone()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;
        action.Recorded(plan, Submission(action, new LocalDate(2014, 10, 20), "G", BusinessManager) with { MarkedComplete = true, CompletedOn = new LocalDate(2014, 10, 20) });

        Assert.All(action.Timescale.Milestones, milestone => Assert.True(action.IsMilestoneMetAsAt(milestone, FirstNovember)));
        Assert.Null(action.NextMilestone(FirstNovember));
        Assert.Equal(RagRating.Complete, RagRules.Assess(plan, action, FirstNovember).Rating);
        Assert.Equal(RagRating.Complete, RagRules.Assess(plan, action, new LocalDate(2015, 4, 1)).Rating);
    }

    [Fact]
    public void Correcting_the_update_that_recorded_the_milestone_met_puts_it_back_in_the_red()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var action = plan.FindAction(ActionRef)!;
        var met = action.Recorded(plan, Submission(action, FirstNovember, "G", BusinessManager, At(11, 2, 9)) with { MilestonesMet = [EducationDue] });

        action.Recorded(plan, Submission(action, FirstNovember, "A", BusinessManager, At(11, 3, 9)) with { Corrects = met.Number });

        Assert.Equal(RagRating.Red, RagRules.Assess(plan, action, FirstNovember).Rating);
        Assert.Equal(RagRating.Green, RagRules.Assess(plan.AsItStoodOn(At(11, 2, 12)), plan.AsItStoodOn(At(11, 2, 12)).FindAction(ActionRef)!, FirstNovember).Rating);
    }

    [Fact]
    public void An_action_with_one_due_date_is_decided_by_that_date_alone()
    {
        var action = Action("1", "Oct 14");
        var plan = Plan(action);
        action.Recorded(plan, Submission(action, new LocalDate(2014, 10, 15), "G"));

        Assert.Equal(new Milestone(EducationDue, null), action.NextMilestone(FirstNovember));
        Assert.Equal(RagRating.Red, RagRules.Assess(plan, action, FirstNovember).Rating);
    }
}
