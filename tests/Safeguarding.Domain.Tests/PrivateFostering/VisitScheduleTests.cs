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

/// <summary>Which regulation sets the first visit, and no visit once the child is no longer privately fostered (issue 11).</summary>
public class VisitScheduleRegulationAndEndTests
{
    private static readonly CaseReference Reference = new("PF-2026-004");

    [Fact]
    public void The_first_visit_after_notice_of_a_proposal_is_reg_4_and_to_an_arrangement_already_running_is_reg_7()
    {
        var proposed = new PrivateFosteringArrangement(Reference, new LocalDate(2015, 7, 20), new LocalDate(2026, 4, 1)) { ProposedOn = new LocalDate(2026, 2, 1), AuthorityAwareOn = new LocalDate(2026, 2, 2) };
        var running = new PrivateFosteringArrangement(Reference, new LocalDate(2015, 7, 20), new LocalDate(2026, 4, 1)) { AuthorityAwareOn = new LocalDate(2026, 4, 1) };

        var first = VisitSchedule.Assess(proposed, [], new LocalDate(2026, 2, 3)).FirstVisit!;
        var already = VisitSchedule.Assess(running, [], new LocalDate(2026, 4, 2)).FirstVisit!;

        Assert.Equal("reg 4(1)", first.Regulation);
        Assert.Contains("of a proposed arrangement (SI 2005/1533 reg 4(1))", first.Rule, StringComparison.Ordinal);
        Assert.Equal("reg 7", already.Regulation);
        Assert.Contains("of an arrangement already running (SI 2005/1533 reg 7)", already.Rule, StringComparison.Ordinal);
        Assert.Equal(new LocalDate(2026, 4, 14), already.DueBy);
    }

    [Fact]
    public void Visits_after_the_first_cite_reg_8()
    {
        var running = new PrivateFosteringArrangement(Reference, new LocalDate(2015, 7, 20), new LocalDate(2026, 3, 2)) { AuthorityAwareOn = new LocalDate(2026, 3, 2) };

        var next = VisitSchedule.Assess(running, [new(new LocalDate(2026, 3, 5), true)], new LocalDate(2026, 3, 6)).NextVisit!;

        Assert.Equal("reg 8(1)", next.Regulation);
    }

    // A child born 12 June 2010 turns 16 on 12 June 2026; visited on 1 May 2026, the next visit would be due 12 June 2026.
    [Theory]
    [InlineData(2026, 6, 11, true)]
    [InlineData(2026, 6, 12, false)]
    public void No_visit_is_due_once_the_child_turns_16(int year, int month, int day, bool due)
    {
        var arrangement = new PrivateFosteringArrangement(Reference, new LocalDate(2010, 6, 12), new LocalDate(2026, 3, 2)) { AuthorityAwareOn = new LocalDate(2026, 3, 2) };

        var assessment = VisitSchedule.Assess(arrangement, [new(new LocalDate(2026, 3, 5), true), new(new LocalDate(2026, 4, 14), true), new(new LocalDate(2026, 5, 1), true)], new LocalDate(year, month, day));

        Assert.Equal(due, assessment.NextVisitDueBy is not null);
        Assert.Equal(due ? null : PrivateFosteringEndReason.AgeLimitReached, assessment.EndedBecause);
        Assert.Equal(due, assessment.NoVisitDueReason is null);
        Assert.Empty(assessment.MissedTimescales);
    }

    [Fact]
    public void The_reason_no_visit_is_due_never_gives_the_birthday()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, new LocalDate(2010, 6, 12), new LocalDate(2026, 3, 2)) { AuthorityAwareOn = new LocalDate(2026, 3, 2) };

        var reason = VisitSchedule.Assess(arrangement, [new(new LocalDate(2026, 3, 5), true)], new LocalDate(2026, 7, 1)).NoVisitDueReason!;

        Assert.Contains("reached the upper age limit (16, or 18 if disabled)", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("June", reason, StringComparison.Ordinal);
        Assert.DoesNotContain("2010", reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_visit_due_before_the_16th_birthday_and_not_made_is_still_missed()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, new LocalDate(2010, 6, 12), new LocalDate(2026, 3, 2)) { AuthorityAwareOn = new LocalDate(2026, 3, 2) };

        var assessment = VisitSchedule.Assess(arrangement, [new(new LocalDate(2026, 3, 5), true)], new LocalDate(2026, 7, 1));

        var missed = Assert.Single(assessment.MissedTimescales);
        Assert.Equal(new LocalDate(2026, 4, 16), missed.DueBy);
        Assert.Null(assessment.NextVisit);
    }

    [Fact]
    public void A_disabled_child_is_visited_until_18()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, new LocalDate(2010, 6, 12), new LocalDate(2026, 3, 2)) { AuthorityAwareOn = new LocalDate(2026, 3, 2), IsDisabled = true };

        var assessment = VisitSchedule.Assess(arrangement, [new(new LocalDate(2026, 3, 5), true), new(new LocalDate(2026, 6, 1), true)], new LocalDate(2026, 7, 1));

        Assert.Equal(new LocalDate(2026, 7, 13), assessment.NextVisitDueBy);
        Assert.Null(assessment.EndedBecause);
    }

    // A disabled child born on 29 February 2012 reaches 18 on 1 March 2030 (2030 has no 29 February); the next visit would be due 8 March.
    [Theory]
    [InlineData(2030, 2, 28, true)]
    [InlineData(2030, 3, 1, false)]
    public void A_leap_day_child_reaches_18_on_1_March_in_a_common_year(int year, int month, int day, bool due)
    {
        var arrangement = new PrivateFosteringArrangement(Reference, new LocalDate(2012, 2, 29), new LocalDate(2029, 9, 3)) { AuthorityAwareOn = new LocalDate(2029, 9, 3), IsDisabled = true };

        var assessment = VisitSchedule.Assess(arrangement, [new(new LocalDate(2029, 9, 4), true), new(new LocalDate(2030, 1, 25), true)], new LocalDate(year, month, day));

        Assert.Equal(due, assessment.NextVisit is not null);
    }

    [Fact]
    public void The_reason_no_visit_is_due_after_the_arrangement_ends_names_the_day()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, new LocalDate(2015, 7, 20), new LocalDate(2026, 3, 2)) { AuthorityAwareOn = new LocalDate(2026, 3, 2), End = new LocalDate(2026, 4, 1) };

        var assessment = VisitSchedule.Assess(arrangement, [new(new LocalDate(2026, 3, 5), true)], new LocalDate(2026, 6, 1));

        Assert.Equal(PrivateFosteringEndReason.ArrangementEnded, assessment.EndedBecause);
        Assert.Equal("No visit is due: the arrangement ended on 1 April 2026, so the child is no longer privately fostered.", assessment.NoVisitDueReason);
    }

    [Fact]
    public void Visits_are_refused_for_an_authority_aware_before_the_regulations_came_into_force()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, new LocalDate(1995, 1, 1), new LocalDate(2005, 6, 1)) { AuthorityAwareOn = new LocalDate(2005, 6, 30) };

        var fromTheFirstDay = new PrivateFosteringArrangement(Reference, new LocalDate(1995, 1, 1), new LocalDate(2005, 6, 1)) { AuthorityAwareOn = new LocalDate(2005, 7, 1) };

        Assert.Throws<ArgumentOutOfRangeException>(() => VisitSchedule.Assess(arrangement, [], new LocalDate(2005, 8, 1)));
        Assert.Equal("reg 7", VisitSchedule.Assess(fromTheFirstDay, [], new LocalDate(2005, 8, 1)).FirstVisit!.Regulation);
    }
}
