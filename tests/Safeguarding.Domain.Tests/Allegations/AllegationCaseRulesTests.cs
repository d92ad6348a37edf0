using Safeguarding.Domain.Allegations;

namespace Safeguarding.Domain.Tests.Allegations;

public class AllegationCaseRulesTests
{
    private static readonly LocalDate Today = new(2021, 6, 30);
    private static readonly CaseReference Reference = new("LADO-2021-001");

    private static IReadOnlyList<string> Fields(AllegationCase allegation) => [.. AllegationCaseRules.Check(allegation, Today).Select(error => error.Field)];

    [Fact]
    public void A_case_with_its_dates_in_order_passes()
    {
        var allegation = new AllegationCase(Reference, new LocalDate(2021, 3, 2))
        {
            AllegationMadeOn = new LocalDate(2021, 3, 1),
            EmployerToldOn = new LocalDate(2021, 3, 1),
            EvaluationOrStrategyMeetingOn = new LocalDate(2021, 3, 5),
            ClosedOn = new LocalDate(2021, 4, 1),
            ReviewBy = new LocalDate(2031, 3, 1),
            HarmTestLimbs = [HarmTestLimb.MayNotBeSuitableToWorkWithChildren],
            IsExceptional = true,
            ExceptionalDelayReason = "Awaiting the outcome of criminal proceedings",
        };

        Assert.Empty(AllegationCaseRules.Check(allegation, Today));
    }

    [Fact]
    public void Dates_out_of_order_are_refused_each_naming_its_field()
    {
        var allegation = new AllegationCase(Reference, new LocalDate(2021, 3, 2))
        {
            AllegationMadeOn = new LocalDate(2021, 3, 1),
            EmployerToldOn = new LocalDate(2021, 2, 28),
            EvaluationOrStrategyMeetingOn = new LocalDate(2021, 3, 1),
            ReviewBy = new LocalDate(2021, 3, 1),
        };

        Assert.Equal(["EmployerToldOn", "EvaluationOrStrategyMeetingOn", "ReviewBy"], Fields(allegation));
    }

    [Fact]
    public void A_meeting_after_the_case_was_closed_is_refused()
    {
        var allegation = new AllegationCase(Reference, new LocalDate(2021, 3, 2)) { ClosedOn = new LocalDate(2021, 3, 10), EvaluationOrStrategyMeetingOn = new LocalDate(2021, 3, 11) };

        Assert.Equal(["EvaluationOrStrategyMeetingOn"], Fields(allegation));
    }

    [Fact]
    public void A_reason_for_delay_without_the_flag_is_refused()
    {
        var allegation = new AllegationCase(Reference, new LocalDate(2021, 3, 2)) { ExceptionalDelayReason = "Awaiting trial" };

        Assert.Equal(["ExceptionalDelayReason"], Fields(allegation));
    }

    // The referral date stands in for the allegation date when that is not recorded.
    [Theory]
    [InlineData(2020, 8, 31, 1)]
    [InlineData(2020, 9, 1, 0)]
    public void Limb_four_is_judged_on_the_referral_date_when_the_allegation_date_is_not_recorded(int year, int month, int day, int errors)
    {
        var allegation = new AllegationCase(Reference, new LocalDate(year, month, day)) { HarmTestLimbs = [HarmTestLimb.MayNotBeSuitableToWorkWithChildren] };

        Assert.Equal(errors, AllegationCaseRules.Check(allegation, Today).Count);
    }

    [Fact]
    public void Limbs_are_kept_in_order_each_once_and_a_number_that_is_not_a_limb_is_refused()
    {
        var allegation = new AllegationCase(Reference, new LocalDate(2021, 3, 2)) { HarmTestLimbs = [HarmTestLimb.MayPoseRiskOfHarm, HarmTestLimb.HarmedOrMayHaveHarmed, HarmTestLimb.MayPoseRiskOfHarm] };

        Assert.Equal([HarmTestLimb.HarmedOrMayHaveHarmed, HarmTestLimb.MayPoseRiskOfHarm], allegation.HarmTestLimbs);
        Assert.Throws<ArgumentException>(() => new AllegationCase(Reference, new LocalDate(2021, 3, 2)) { HarmTestLimbs = [(HarmTestLimb)5] });
    }
}
