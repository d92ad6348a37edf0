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
    public void Arrangement_agreed_less_than_six_weeks_ahead_is_due_immediately_that_is_the_same_day()
    {
        Assert.Equal(new LocalDate(2026, 2, 10), PrivateFosteringNotifications.ProposedArrangementDueBy(Start, new LocalDate(2026, 2, 10)));
    }

    [Theory]
    [InlineData(10, false)]
    [InlineData(11, true)]
    public void An_immediate_notice_is_on_time_the_same_day_and_late_the_next(int notifiedDay, bool late)
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start)
        {
            ProposedOn = new LocalDate(2026, 2, 10),
            NotifiedOn = new LocalDate(2026, 2, notifiedDay),
        };

        var check = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 2, 20)));

        Assert.Equal(late, check.IsLate);
        Assert.Contains("immediately, the same day (SI 2005/1533 reg 3(1)(b))", check.Rule, StringComparison.Ordinal);
        Assert.Null(check.LocalRule);
    }

    [Fact]
    public void A_local_grace_period_is_applied_only_when_set_and_is_named_in_the_rule()
    {
        var grace = new LocalGracePeriod(Period.FromDays(2), "Example council's procedure: 48 hours");
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start) { NotifiedOn = new LocalDate(2026, 3, 3) };

        var statutory = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 4, 1)));
        var local = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 4, 1), grace));

        Assert.True(statutory.IsLate);
        Assert.False(local.IsLate);
        Assert.Equal(Start, local.StatutoryDueBy);
        Assert.Equal(new LocalDate(2026, 3, 3), local.DueBy);
        Assert.Same(grace, local.LocalRule);
        Assert.Contains("Example council's procedure: 48 hours allows until 3 March 2026 (a local rule, not the regulations)", local.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void A_local_grace_period_does_not_stretch_the_six_weeks_or_the_48_hours()
    {
        var grace = new LocalGracePeriod(Period.FromDays(5), "Generous procedure");
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start)
        {
            ProposedOn = new LocalDate(2025, 12, 1),
            End = new LocalDate(2026, 6, 1),
        };

        var checks = PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 7, 1), grace);

        Assert.All(checks, check => Assert.Equal(check.StatutoryDueBy, check.DueBy));
    }

    [Fact]
    public void A_grace_period_must_be_whole_days_and_labelled()
    {
        Assert.Throws<ArgumentException>(() => new LocalGracePeriod(Period.FromHours(48), "Hours"));
        Assert.Throws<ArgumentException>(() => new LocalGracePeriod(Period.FromDays(-1), "Negative"));
        Assert.Throws<ArgumentException>(() => new LocalGracePeriod(Period.FromDays(2), " "));
    }

    [Fact]
    public void The_regulations_apply_to_arrangements_from_1_July_2005_and_earlier_ones_are_refused()
    {
        var before = new PrivateFosteringArrangement(Reference, new LocalDate(1995, 1, 1), new LocalDate(2005, 6, 30));
        var from = new PrivateFosteringArrangement(Reference, new LocalDate(1995, 1, 1), new LocalDate(2005, 7, 1));

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PrivateFosteringNotifications.Check(before, new LocalDate(2005, 8, 1)));

        Assert.Contains("from 1 July 2005", error.Message, StringComparison.Ordinal);
        Assert.Equal(NotificationKind.ArrangementAlreadyRunning, Assert.Single(PrivateFosteringNotifications.Check(from, new LocalDate(2005, 8, 1))).Kind);
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
    public void Arrangement_already_running_is_due_the_day_it_started_under_reg_5()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start) { NotifiedOn = new LocalDate(2026, 3, 3) };

        var check = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 4, 1)));

        Assert.Equal(NotificationKind.ArrangementAlreadyRunning, check.Kind);
        Assert.Equal(Start, check.DueBy);
        Assert.True(check.IsLate);
        Assert.Equal(2, check.DaysLate);
        Assert.Contains("(SI 2005/1533 reg 5)", check.Rule, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrangement_never_notified_is_overdue_once_its_due_date_has_passed()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start);

        var check = Assert.Single(PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 3, 10)));

        Assert.True(check.IsOverdue);
        Assert.Equal(9, check.DaysLate);
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
        Assert.Contains("within 48 hours of the child leaving (SI 2005/1533 reg 10)", check.Rule, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2, false)]
    [InlineData(3, true)]
    public void The_end_notice_across_a_month_end_is_on_time_two_days_after_and_late_on_the_third(int notifiedDay, bool late)
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start)
        {
            NotifiedOn = Start,
            End = new LocalDate(2026, 6, 30),
            EndNotifiedOn = new LocalDate(2026, 7, notifiedDay),
        };

        var check = PrivateFosteringNotifications.Check(arrangement, new LocalDate(2026, 8, 1))[1];

        Assert.Equal(new LocalDate(2026, 7, 2), check.DueBy);
        Assert.Equal(late, check.IsLate);
    }
}
