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
