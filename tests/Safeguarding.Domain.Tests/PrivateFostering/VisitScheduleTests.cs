using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.PrivateFostering;

public class VisitScheduleTests
{
    private static readonly CaseReference Reference = new("PF-2026-003");
    private static readonly LocalDate DateOfBirth = new(2015, 7, 20);

    private static PrivateFosteringArrangement Arrangement(LocalDate start, LocalDate? aware = null, LocalDate? end = null) =>
        new(Reference, DateOfBirth, start) { AuthorityAwareOn = aware ?? start, End = end };

    [Fact]
    public void First_visit_across_Easter_is_due_on_the_seventh_working_day()
    {
        var assessment = VisitSchedule.Assess(Arrangement(new LocalDate(2026, 4, 2)), [], new LocalDate(2026, 4, 3));

        Assert.Equal(new LocalDate(2026, 4, 15), assessment.NextVisitDueBy);
    }

    [Fact]
    public void First_visit_across_Christmas_is_due_on_the_seventh_working_day()
    {
        Assert.Equal(new LocalDate(2027, 1, 6), VisitSchedule.FirstVisitDueBy(new LocalDate(2026, 12, 23)));
    }

    [Fact]
    public void First_visit_on_the_seventh_working_day_is_on_time()
    {
        var assessment = VisitSchedule.Assess(Arrangement(new LocalDate(2026, 4, 2)), [new(new LocalDate(2026, 4, 15), true)], new LocalDate(2026, 4, 20));

        Assert.False(assessment.FirstVisit!.IsLate);
    }

    [Fact]
    public void First_visit_on_the_eighth_working_day_is_late()
    {
        var assessment = VisitSchedule.Assess(Arrangement(new LocalDate(2026, 4, 2)), [new(new LocalDate(2026, 4, 16), true)], new LocalDate(2026, 4, 20));

        Assert.True(assessment.FirstVisit!.IsLate);
        Assert.Single(assessment.MissedTimescales);
    }

    [Fact]
    public void Local_closure_days_delay_the_first_visit()
    {
        var calendar = new WorkingDayCalendar([new LocalDate(2026, 4, 7)]);

        Assert.Equal(new LocalDate(2026, 4, 16), VisitSchedule.FirstVisitDueBy(new LocalDate(2026, 4, 2), calendar));
    }

    [Fact]
    public void Visit_the_day_before_the_first_anniversary_is_followed_within_six_weeks()
    {
        var arrangement = Arrangement(new LocalDate(2026, 3, 1));

        Assert.Equal(new LocalDate(2027, 4, 11), VisitSchedule.NextVisitDueBy(arrangement, new LocalDate(2027, 2, 28)));
    }

    [Fact]
    public void Visit_on_the_first_anniversary_is_followed_within_twelve_weeks()
    {
        var arrangement = Arrangement(new LocalDate(2026, 3, 1));

        Assert.Equal(new LocalDate(2027, 5, 24), VisitSchedule.NextVisitDueBy(arrangement, new LocalDate(2027, 3, 1)));
    }

    [Fact]
    public void First_year_of_visits_runs_from_when_the_authority_became_aware()
    {
        var arrangement = Arrangement(new LocalDate(2026, 3, 1), aware: new LocalDate(2026, 9, 1));

        Assert.Equal(new LocalDate(2027, 9, 1), arrangement.FirstAnniversary);
        Assert.Equal(new LocalDate(2027, 4, 13), VisitSchedule.NextVisitDueBy(arrangement, new LocalDate(2027, 3, 2)));
    }

    [Fact]
    public void Next_visit_is_overdue_when_six_weeks_have_passed_in_the_first_year()
    {
        var arrangement = Arrangement(new LocalDate(2026, 3, 2));
        PrivateFosteringVisit[] visits = [new(new LocalDate(2026, 3, 5), true)];

        var assessment = VisitSchedule.Assess(arrangement, visits, new LocalDate(2026, 4, 20));

        Assert.Equal(new LocalDate(2026, 4, 16), assessment.NextVisitDueBy);
        Assert.True(assessment.IsOverdue);
    }

    [Fact]
    public void Visit_later_than_six_weeks_after_the_previous_one_is_late()
    {
        var arrangement = Arrangement(new LocalDate(2026, 3, 2));
        PrivateFosteringVisit[] visits = [new(new LocalDate(2026, 3, 5), true), new(new LocalDate(2026, 4, 20), true)];

        var assessment = VisitSchedule.Assess(arrangement, visits, new LocalDate(2026, 5, 1));

        Assert.True(assessment.Checks[1].IsLate);
        Assert.Equal(new LocalDate(2026, 6, 1), assessment.NextVisitDueBy);
        Assert.False(assessment.IsOverdue);
    }

    [Fact]
    public void Visits_where_the_child_was_not_seen_alone_are_listed()
    {
        var arrangement = Arrangement(new LocalDate(2026, 3, 2));
        PrivateFosteringVisit[] visits = [new(new LocalDate(2026, 3, 5), true), new(new LocalDate(2026, 4, 10), false)];

        var assessment = VisitSchedule.Assess(arrangement, visits, new LocalDate(2026, 5, 1));

        Assert.Equal(new LocalDate(2026, 4, 10), Assert.Single(assessment.VisitsWithoutChildSeenAlone).Date);
    }

    [Fact]
    public void No_visit_is_due_after_the_arrangement_ends()
    {
        var arrangement = Arrangement(new LocalDate(2026, 3, 2), end: new LocalDate(2026, 4, 1));
        PrivateFosteringVisit[] visits = [new(new LocalDate(2026, 3, 5), true)];

        var assessment = VisitSchedule.Assess(arrangement, visits, new LocalDate(2026, 6, 1));

        Assert.Null(assessment.NextVisitDueBy);
        Assert.Empty(assessment.MissedTimescales);
    }

    [Fact]
    public void No_visit_is_due_before_the_authority_is_aware()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, new LocalDate(2026, 3, 2));

        var assessment = VisitSchedule.Assess(arrangement, [], new LocalDate(2026, 6, 1));

        Assert.Null(assessment.FirstVisit);
        Assert.Null(assessment.NextVisitDueBy);
    }
}
