using Safeguarding.Domain.BusinessPlans;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

/// <summary>
/// Returns are due a reporting cycle (92 days by default) after the latest update's as-at date, or
/// after the plan starts (1 April 2014). As at 30 November 2014 the current cycle is the third:
/// 1 April + 2 × 92 days = 2 October 2014, to 1 January 2015.
/// </summary>
public class UpdatesDueTests
{
    private static readonly LocalDate AsAt = new(2014, 11, 30);

    [Fact]
    public void The_business_unit_sees_every_agencys_returns_due_this_cycle_and_overdue_longest_first()
    {
        var plan = Fixture();

        var report = UpdatesDue.For(plan, AsAt);

        Assert.Null(report.Agency);
        Assert.Equal(new DateInterval(new LocalDate(2014, 10, 2), new LocalDate(2015, 1, 1)), report.Cycle);
        // P1: 31 August + 92 days = 1 December, in this cycle. P4 (30 November + 92 = 2 March 2015) is not due this cycle.
        var due = Assert.Single(report.DueThisCycle);
        Assert.Equal("P1", due.Action.Ref);
        Assert.Equal(new LocalDate(2014, 12, 1), due.DueBy);
        Assert.Equal(new LocalDate(2014, 8, 31), due.LastReportedAsAt);
        Assert.False(due.IsOverdue);
        // H1 has never reported: due 1 April + 92 = 2 July, 151 days before 30 November.
        // P2: 1 August + 92 = 1 November (29 days); C2: 15 August + 92 = 15 November (15); C1: 16 August + 92 = 16 November (14).
        Assert.Equal(["H1", "P2", "C2", "C1"], report.Overdue.Select(overdue => overdue.Action.Ref));
        Assert.Equal([151, 29, 15, 14], report.Overdue.Select(overdue => overdue.DaysOverdue));
        Assert.Equal([new LocalDate(2014, 7, 2), new LocalDate(2014, 11, 1), new LocalDate(2014, 11, 15), new LocalDate(2014, 11, 16)], report.Overdue.Select(overdue => overdue.DueBy));
        Assert.Null(report.Overdue[0].LastReportedAsAt);
        Assert.Equal("Wye Valley NHS Trust", report.Overdue[0].LeadAgency);
    }

    [Fact]
    public void Complete_actions_and_actions_not_yet_started_need_no_return()
    {
        var report = UpdatesDue.For(Fixture(), AsAt);

        var listed = report.DueThisCycle.Concat(report.Overdue).Select(due => due.Action.Ref).ToList();
        Assert.DoesNotContain("C3", listed);
        Assert.DoesNotContain("P3", listed);
        // Before it was completed (31 August), C3's return was overdue like any other.
        Assert.Contains("C3", UpdatesDue.For(Fixture(), new LocalDate(2014, 8, 30)).Overdue.Select(due => due.Action.Ref));
    }

    [Fact]
    public void A_return_escalates_only_when_more_than_the_threshold_days_overdue()
    {
        var plan = Fixture();

        // Default 14: C1 at exactly 14 days is not escalated, C2 at 15 is.
        Assert.Equal(14, UpdatesDue.DefaultEscalateAfterDays);
        Assert.Equal(["H1", "P2", "C2"], UpdatesDue.For(plan, AsAt).Escalations.Select(due => due.Action.Ref));
        Assert.Equal(["H1", "P2", "C2", "C1"], UpdatesDue.For(plan, AsAt, escalateAfterDays: 13).Escalations.Select(due => due.Action.Ref));
        Assert.Equal(["H1"], UpdatesDue.For(plan, AsAt, escalateAfterDays: 29).Escalations.Select(due => due.Action.Ref));
        Assert.Equal(["H1", "P2"], UpdatesDue.For(plan, AsAt, escalateAfterDays: 28).Escalations.Select(due => due.Action.Ref));
        Assert.Equal(["H1", "P2", "C2", "C1"], UpdatesDue.For(plan, AsAt, escalateAfterDays: 0).Escalations.Select(due => due.Action.Ref));
        Assert.Throws<ArgumentOutOfRangeException>(() => UpdatesDue.For(plan, AsAt, escalateAfterDays: -1));
    }

    [Theory]
    [InlineData("West Mercia Police")]
    [InlineData("WMP")]
    [InlineData(" west mercia police ")]
    public void An_agency_sees_its_own_returns_whether_it_is_named_in_full_or_by_short_name(string agency)
    {
        var report = UpdatesDue.For(Fixture(), AsAt, agency);

        Assert.Equal("West Mercia Police", report.Agency);
        // P2's lead is written "WMP" in the plan, P1's "West Mercia Police": both are the police's.
        Assert.Equal(["P1"], report.DueThisCycle.Select(due => due.Action.Ref));
        Assert.Equal(["P2"], report.Overdue.Select(due => due.Action.Ref));
        Assert.Equal(["P2"], report.Escalations.Select(due => due.Action.Ref));
    }

    [Fact]
    public void Another_agencys_report_lists_only_its_actions()
    {
        var report = UpdatesDue.For(Fixture(), AsAt, "HC");

        Assert.Equal("Herefordshire Council", report.Agency);
        Assert.Empty(report.DueThisCycle);
        Assert.Equal(["C2", "C1"], report.Overdue.Select(due => due.Action.Ref));
        Assert.Equal(["C2"], report.Escalations.Select(due => due.Action.Ref));
        Assert.Equal(["Herefordshire Council"], report.ByAgency.Select(group => group.Key));
        Assert.Empty(UpdatesDue.For(Fixture(), AsAt, "Hereford and Worcester Fire").Overdue);
    }

    [Fact]
    public void A_return_is_due_a_cycle_after_the_latest_update_that_stands_not_one_it_corrects()
    {
        var action = Action("X", "Mar 15");
        var plan = Plan(action);
        action.Recorded(plan, Submission(action, new LocalDate(2014, 11, 1)));
        action.Recorded(plan, Submission(action, new LocalDate(2014, 8, 1)) with { Corrects = 1 });

        var due = Assert.Single(UpdatesDue.For(plan, AsAt).Overdue);

        Assert.Equal(new LocalDate(2014, 11, 1), due.DueBy);
        Assert.Equal(29, due.DaysOverdue);
    }

    private static BusinessPlan Fixture()
    {
        var p1 = Action("P1", "Mar 15", "West Mercia Police");
        var p2 = Action("P2", "Mar 15", "WMP");
        var p3 = Action("P3", "Ongoing from April 2015", "West Mercia Police");
        var p4 = Action("P4", "Mar 15", "West Mercia Police");
        var c1 = Action("C1", "Mar 15", "Herefordshire Council");
        var c2 = Action("C2", "Mar 15", "Herefordshire Council");
        var c3 = Action("C3", "Mar 15", "Herefordshire Council");
        var h1 = Action("H1", "Mar 15", "Wye Valley NHS Trust");
        var plan = Plan(p1, p2, p3, p4, c1, c2, c3, h1);
        p1.Recorded(plan, Submission(p1, new LocalDate(2014, 8, 31)));
        p2.Recorded(plan, Submission(p2, new LocalDate(2014, 8, 1)));
        p4.Recorded(plan, Submission(p4, new LocalDate(2014, 11, 30)));
        c1.Recorded(plan, Submission(c1, new LocalDate(2014, 8, 16), by: CouncilLead));
        c2.Recorded(plan, Submission(c2, new LocalDate(2014, 8, 15), by: CouncilLead));
        c3.Recorded(plan, Submission(c3, new LocalDate(2014, 8, 31), by: CouncilLead) with { MarkedComplete = true, CompletedOn = new LocalDate(2014, 8, 31) });
        return plan;
    }
}
