using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.PrivateFostering;

public class PrivateFosteringNotificationsTests
{
    private static readonly CaseReference Reference = new("PF-2026-002");
    private static readonly LocalDate Start = new(2026, 3, 1);
    private static readonly LocalDate DateOfBirth = new(2014, 1, 10);

    [Fact]
    public void Proposed_arrangement_is_due_six_weeks_before_it_starts()
    {
        Assert.Equal(new LocalDate(2026, 1, 18), PrivateFosteringNotifications.ProposedArrangementDueBy(Start, new LocalDate(2025, 12, 1)));
    }

    [Fact]
    public void Arrangement_agreed_less_than_six_weeks_ahead_is_due_immediately()
    {
        Assert.Equal(new LocalDate(2026, 2, 12), PrivateFosteringNotifications.ProposedArrangementDueBy(Start, new LocalDate(2026, 2, 10)));
    }

    [Fact]
    public void Proposed_arrangement_notified_after_the_six_week_point_is_late()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start)
        {
            ProposedOn = new LocalDate(2025, 12, 1),
            NotifiedOn = new LocalDate(2026, 1, 21),
        };

        var check = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 2, 1)));

        Assert.Equal(NotificationKind.ProposedArrangement, check.Kind);
        Assert.True(check.IsLate);
        Assert.Equal(3, check.DaysLate);
    }

    [Fact]
    public void Arrangement_already_running_is_due_within_48_hours_of_its_start()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start) { NotifiedOn = new LocalDate(2026, 3, 3) };

        var check = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 4, 1)));

        Assert.Equal(NotificationKind.ArrangementAlreadyRunning, check.Kind);
        Assert.Equal(new LocalDate(2026, 3, 3), check.DueBy);
        Assert.False(check.IsLate);
    }

    [Fact]
    public void Arrangement_never_notified_is_overdue_once_its_due_date_has_passed()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start);

        var check = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 3, 10)));

        Assert.True(check.IsOverdue);
        Assert.Equal(7, check.DaysLate);
    }

    [Fact]
    public void End_of_arrangement_notified_three_days_later_is_late()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start)
        {
            NotifiedOn = Start,
            End = new LocalDate(2026, 6, 1),
            EndNotifiedOn = new LocalDate(2026, 6, 4),
        };

        var check = PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 7, 1))[1];

        Assert.Equal(NotificationKind.EndOfArrangement, check.Kind);
        Assert.Equal(new LocalDate(2026, 6, 3), check.DueBy);
        Assert.True(check.IsLate);
    }
}
