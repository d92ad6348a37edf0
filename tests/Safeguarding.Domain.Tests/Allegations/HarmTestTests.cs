using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Allegations;

public class HarmTestTests
{
    [Fact]
    public void Allegation_that_a_child_may_have_been_harmed_meets_the_test()
    {
        var result = HarmTest.Assess(new LocalDate(2026, 11, 23), [HarmTestLimb.HarmedOrMayHaveHarmed]);

        Assert.True(result.MeetsTest);
        Assert.Contains("refer to the LADO within one working day", result.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void Allegation_meeting_no_limb_does_not_meet_the_test()
    {
        Assert.False(HarmTest.Assess(new LocalDate(2026, 11, 23), []).MeetsTest);
    }

    [Fact]
    public void Suitability_alone_does_not_meet_the_test_on_31_August_2020()
    {
        var result = HarmTest.Assess(new LocalDate(2020, 8, 31), [HarmTestLimb.MayNotBeSuitableToWorkWithChildren]);

        Assert.False(result.MeetsTest);
        Assert.Equal([HarmTestLimb.MayNotBeSuitableToWorkWithChildren], result.LimbsNotInForce);
    }

    [Fact]
    public void Suitability_alone_meets_the_test_on_1_September_2020()
    {
        var result = HarmTest.Assess(new LocalDate(2020, 9, 1), [HarmTestLimb.MayNotBeSuitableToWorkWithChildren]);

        Assert.True(result.MeetsTest);
        Assert.Empty(result.LimbsNotInForce);
    }

    [Fact]
    public void Several_limbs_are_listed_in_order_once_each()
    {
        var result = HarmTest.Assess(new LocalDate(2026, 1, 5),
            [HarmTestLimb.MayPoseRiskOfHarm, HarmTestLimb.PossibleCriminalOffence, HarmTestLimb.MayPoseRiskOfHarm]);

        Assert.Equal([HarmTestLimb.PossibleCriminalOffence, HarmTestLimb.MayPoseRiskOfHarm], result.LimbsMet);
    }

    [Fact]
    public void Referral_is_due_the_next_working_day()
    {
        Assert.Equal(new LocalDate(2026, 11, 24), HarmTest.ReferralDueBy(new LocalDate(2026, 11, 23)));
    }

    [Fact]
    public void Referral_after_an_allegation_on_Christmas_Eve_is_due_after_the_holidays()
    {
        Assert.Equal(new LocalDate(2026, 12, 29), HarmTest.ReferralDueBy(new LocalDate(2026, 12, 24)));
    }

    [Fact]
    public void Referral_on_the_Monday_after_a_Friday_allegation_is_within_one_working_day()
    {
        var result = HarmTest.Assess(new LocalDate(2026, 11, 20), [HarmTestLimb.HarmedOrMayHaveHarmed]);

        Assert.True(result.IsReferralTimely(new LocalDate(2026, 11, 23)));
        Assert.False(result.IsReferralTimely(new LocalDate(2026, 11, 24)));
    }

    [Fact]
    public void Local_closure_day_extends_the_referral_deadline()
    {
        var calendar = new WorkingDayCalendar([new LocalDate(2026, 12, 29)]);

        Assert.Equal(new LocalDate(2026, 12, 30), HarmTest.ReferralDueBy(new LocalDate(2026, 12, 24), calendar));
    }
}

/// <summary>The harm test answered by the guidance in force on the allegation's date, and what a concern below it means (issue 11).</summary>
public class HarmTestRulesInTimeTests
{
    [Fact]
    public void An_allegation_before_Working_Together_2015_is_refused_and_one_on_its_first_day_is_answered()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => HarmTest.Assess(new LocalDate(2015, 3, 25), [HarmTestLimb.HarmedOrMayHaveHarmed]));
        var answered = HarmTest.Assess(new LocalDate(2015, 3, 26), [HarmTestLimb.HarmedOrMayHaveHarmed]);

        Assert.Equal("allegationDate", error.ParamName);
        Assert.Contains("from 26 March 2015", error.Message, StringComparison.Ordinal);
        Assert.True(answered.MeetsTest);
        Assert.Contains("three limbs", answered.RuleSet.Name, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2020, 8, 31, "three limbs")]
    [InlineData(2020, 9, 1, "four limbs (Keeping Children Safe in Education 2020)")]
    [InlineData(2021, 8, 31, "four limbs (Keeping Children Safe in Education 2020)")]
    [InlineData(2021, 9, 1, "low-level concerns")]
    public void Each_allegation_is_answered_by_the_version_in_force_on_its_date(int year, int month, int day, string version)
    {
        Assert.Contains(version, HarmTest.Assess(new LocalDate(year, month, day), []).RuleSet.Name, StringComparison.Ordinal);
    }

    [Fact]
    public void A_concern_meeting_no_limb_has_no_referral_date()
    {
        var result = HarmTest.Assess(new LocalDate(2026, 11, 23), []);

        Assert.Null(result.ReferralDueBy);
        Assert.DoesNotContain("refer to the LADO", result.Advice, StringComparison.OrdinalIgnoreCase);
        Assert.Throws<InvalidOperationException>(() => result.IsReferralTimely(new LocalDate(2026, 11, 24)));
    }

    [Fact]
    public void A_concern_meeting_no_limb_is_a_low_level_concern_from_1_September_2021_and_not_the_day_before()
    {
        var before = HarmTest.Assess(new LocalDate(2021, 8, 31), []);
        var from = HarmTest.Assess(new LocalDate(2021, 9, 1), []);

        Assert.Equal(HarmTestFinding.DoesNotMeetHarmTest, before.Finding);
        Assert.False(before.IsLowLevelConcern);
        Assert.Equal(HarmTestFinding.LowLevelConcern, from.Finding);
        Assert.True(from.IsLowLevelConcern);
        Assert.Contains("low-level concern", from.Advice, StringComparison.Ordinal);
        Assert.DoesNotContain("low-level", before.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_low_level_concern_says_whom_to_tell_and_how_to_record_it()
    {
        var steps = HarmTest.Assess(new LocalDate(2026, 11, 23), []).NextSteps;

        Assert.Contains(steps, step => step.Contains("designated safeguarding lead", StringComparison.Ordinal) && step.Contains("headteacher", StringComparison.Ordinal));
        Assert.Contains(steps, step => step.Contains("Record it in writing under the low-level concerns policy", StringComparison.Ordinal));
    }

    [Fact]
    public void Suitability_alone_before_September_2020_is_not_a_low_level_concern_and_says_why_it_is_not_met()
    {
        var result = HarmTest.Assess(new LocalDate(2020, 8, 31), [HarmTestLimb.MayNotBeSuitableToWorkWithChildren]);

        Assert.Equal(HarmTestFinding.DoesNotMeetHarmTest, result.Finding);
        Assert.Null(result.ReferralDueBy);
        Assert.Contains("only to allegations from 1 September 2020", result.Advice, StringComparison.Ordinal);
    }

    [Fact]
    public void A_met_test_gives_the_referral_date_as_the_first_next_step()
    {
        var result = HarmTest.Assess(new LocalDate(2026, 12, 24), [HarmTestLimb.PossibleCriminalOffence]);

        Assert.Equal(HarmTestFinding.MeetsHarmTest, result.Finding);
        Assert.Equal(new LocalDate(2026, 12, 29), result.ReferralDueBy);
        Assert.Contains("29 December 2026", result.NextSteps[0], StringComparison.Ordinal);
    }

    [Fact]
    public void An_allegation_so_late_that_its_deadline_leaves_the_calendar_is_refused_not_overflowed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => HarmTest.Assess(new LocalDate(9999, 12, 31), [HarmTestLimb.HarmedOrMayHaveHarmed]));
    }
}
