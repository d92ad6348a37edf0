using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.PrivateFostering;

public class VisitsDueListTests
{
    private static readonly LocalDate DateOfBirth = new(2015, 7, 20);

    private static PrivateFosteringRecord Record(string reference, LocalDate start, LocalDate? aware = null, LocalDate? end = null, LocalDate? notified = null,
        CarerRelationship carer = CarerRelationship.FamilyFriend, params PrivateFosteringVisit[] visits) =>
        new(new PrivateFosteringArrangement(new CaseReference(reference), DateOfBirth, start)
        {
            AuthorityAwareOn = aware ?? start,
            NotifiedOn = notified ?? aware ?? start,
            End = end,
            CarerRelationship = carer,
        }, visits);

    private static PrivateFosteringVisit Visit(int year, int month, int day) => new(new LocalDate(year, month, day), true);

    [Fact]
    public void A_first_visit_due_across_Easter_is_listed_five_working_days_ahead_and_not_six()
    {
        // Learnt of on Thursday 2 April 2026: Good Friday and Easter Monday are not working days, so the visit is due on 15 April.
        PrivateFosteringRecord[] records = [Record("PF-2026-001", new LocalDate(2026, 4, 2))];

        var wednesday = VisitsDueList.For(records, new LocalDate(2026, 4, 8));
        var tuesday = VisitsDueList.For(records, new LocalDate(2026, 4, 7));

        var due = Assert.Single(wednesday.Visits);
        Assert.Equal((new LocalDate(2026, 4, 15), "reg 7", true, false, 5), (due.DueBy, due.Regulation, due.IsFirstVisit, due.IsOverdue, due.WorkingDays));
        Assert.Equal("PF-2026-001: visit due by 15 April 2026, in 5 working days (reg 7)", due.ToString());
        Assert.Empty(tuesday.Visits);
        Assert.Single(VisitsDueList.For(records, new LocalDate(2026, 4, 7), withinWorkingDays: 6).Visits);
    }

    [Fact]
    public void A_visit_not_made_by_its_day_is_overdue_by_working_days_and_comes_first()
    {
        PrivateFosteringRecord[] records =
        [
            Record("PF-2026-002", new LocalDate(2026, 4, 14)),
            Record("PF-2026-001", new LocalDate(2026, 4, 2)),
        ];

        // As at Monday 20 April: PF-2026-001's visit was due Wednesday 15 April (3 working days ago); PF-2026-002's is due 23 April.
        var list = VisitsDueList.For(records, new LocalDate(2026, 4, 20));

        Assert.Equal([("PF-2026-001", true, 3), ("PF-2026-002", false, 3)], list.Visits.Select(visit => (visit.Reference.Value, visit.IsOverdue, visit.WorkingDays)));
        Assert.Equal("PF-2026-001: visit due by 15 April 2026, overdue by 3 working days (reg 7)", list.Visits[0].ToString());
        Assert.Single(list.Overdue);
    }

    [Fact]
    public void After_the_first_visit_the_next_is_due_six_weeks_later_in_calendar_weeks()
    {
        PrivateFosteringRecord[] records = [Record("PF-2026-001", new LocalDate(2026, 4, 2), visits: Visit(2026, 4, 14))];

        var due = Assert.Single(VisitsDueList.For(records, new LocalDate(2026, 5, 22)).Visits);

        Assert.Equal((new LocalDate(2026, 5, 26), "reg 8(1)", false), (due.DueBy, due.Regulation, due.IsFirstVisit));
    }

    [Fact]
    public void A_visit_on_or_after_the_first_anniversary_is_followed_twelve_weeks_later()
    {
        PrivateFosteringRecord[] records = [Record("PF-2025-001", new LocalDate(2025, 4, 1), visits: [Visit(2025, 4, 8), Visit(2025, 5, 16), Visit(2025, 6, 24), Visit(2025, 8, 1),
            Visit(2025, 9, 12), Visit(2025, 10, 24), Visit(2025, 12, 5), Visit(2026, 1, 16), Visit(2026, 2, 27), Visit(2026, 4, 1)])];

        var due = Assert.Single(VisitsDueList.For(records, new LocalDate(2026, 6, 23), withinWorkingDays: 1).Visits);

        Assert.Equal(new LocalDate(2026, 6, 24), due.DueBy);
    }

    [Fact]
    public void No_visit_is_listed_once_the_arrangement_has_ended_or_for_a_carer_who_is_a_close_relative()
    {
        PrivateFosteringRecord[] records =
        [
            Record("PF-2026-001", new LocalDate(2026, 4, 2), end: new LocalDate(2026, 4, 10)),
            Record("PF-2026-002", new LocalDate(2026, 4, 2), carer: CarerRelationship.Grandparent),
        ];

        Assert.Empty(VisitsDueList.For(records, new LocalDate(2026, 4, 14)).Visits);
    }

    // The next visit is due on 21 April 2026, six weeks after the first: it is listed only while the child will still be under 16 then.
    [Theory]
    [InlineData(2010, 4, 22, 1)]
    [InlineData(2010, 4, 21, 0)]
    [InlineData(2010, 4, 15, 0)]
    public void A_visit_falling_due_once_the_child_is_sixteen_is_not_listed(int year, int month, int day, int listed)
    {
        var record = new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2026-003"), new LocalDate(year, month, day), new LocalDate(2026, 3, 2))
        {
            AuthorityAwareOn = new LocalDate(2026, 3, 2),
            CarerRelationship = CarerRelationship.FamilyFriend,
        }, [Visit(2026, 3, 10)]);

        Assert.Equal(listed, VisitsDueList.For([record], new LocalDate(2026, 4, 14)).Visits.Count);
    }

    [Fact]
    public void A_proposed_arrangement_is_visited_within_seven_working_days_of_the_notice_before_it_starts()
    {
        var record = new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2026-004"), DateOfBirth, new LocalDate(2026, 7, 1))
        {
            ProposedOn = new LocalDate(2026, 4, 1),
            NotifiedOn = new LocalDate(2026, 4, 1),
            IntendedEnd = new LocalDate(2026, 12, 20),
            CarerRelationship = CarerRelationship.HostFamily,
        });

        var due = Assert.Single(VisitsDueList.For([record], new LocalDate(2026, 4, 9)).Visits);

        Assert.Equal((new LocalDate(2026, 4, 14), "reg 4(1)"), (due.DueBy, due.Regulation));
    }

    [Fact]
    public void Late_and_overdue_notifications_are_listed_with_the_rule_they_broke()
    {
        PrivateFosteringRecord[] records =
        [
            // Running since 1 April 2026 and notified on the 10th: reg 5 wants it the same day.
            Record("PF-2026-001", new LocalDate(2026, 4, 1), aware: new LocalDate(2026, 4, 10)),
            // Ended on 20 April 2026 and the end not yet notified: reg 10 wanted it by 22 April.
            Record("PF-2026-002", new LocalDate(2026, 4, 1), end: new LocalDate(2026, 4, 20)),
            Record("PF-2026-003", new LocalDate(2026, 4, 14)),
        ];

        var late = VisitsDueList.For(records, new LocalDate(2026, 4, 24)).LateNotifications;

        Assert.Equal([("PF-2026-001", NotificationKind.ArrangementAlreadyRunning, true), ("PF-2026-002", NotificationKind.EndOfArrangement, false)],
            late.Select(notification => (notification.Reference.Value, notification.Check.Kind, notification.Check.IsLate)));
        Assert.Contains("reg 10", late[1].Check.Rule, StringComparison.Ordinal);
        Assert.True(late[1].Check.IsOverdue);
    }

    [Fact]
    public void A_notification_made_late_more_than_a_year_ago_leaves_the_list()
    {
        PrivateFosteringRecord[] records = [Record("PF-2025-001", new LocalDate(2025, 4, 1), aware: new LocalDate(2025, 4, 10), visits: Visit(2025, 4, 14))];

        Assert.Single(VisitsDueList.For(records, new LocalDate(2026, 4, 9)).LateNotifications);
        Assert.Empty(VisitsDueList.For(records, new LocalDate(2026, 4, 10)).LateNotifications);
    }

    [Fact]
    public void The_list_names_each_case_once_for_the_access_log()
    {
        PrivateFosteringRecord[] records = [Record("PF-2026-001", new LocalDate(2026, 4, 1), aware: new LocalDate(2026, 4, 10))];

        var list = VisitsDueList.For(records, new LocalDate(2026, 4, 24));

        Assert.Equal(["PF-2026-001"], list.References.Select(reference => reference.Value));
        Assert.Equal(2, list.Visits.Count + list.LateNotifications.Count);
    }

    [Fact]
    public void A_horizon_beyond_sixty_working_days_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => VisitsDueList.For([], new LocalDate(2026, 4, 1), withinWorkingDays: 61));
    }

    [Fact]
    public void A_local_closure_day_moves_the_visit_and_the_count()
    {
        PrivateFosteringRecord[] records = [Record("PF-2026-001", new LocalDate(2026, 4, 2))];
        var calendar = new WorkingDayCalendar([new LocalDate(2026, 4, 7)]);

        var due = Assert.Single(VisitsDueList.For(records, new LocalDate(2026, 4, 9), calendar: calendar).Visits);

        Assert.Equal((new LocalDate(2026, 4, 16), 5), (due.DueBy, due.WorkingDays));
    }
}
