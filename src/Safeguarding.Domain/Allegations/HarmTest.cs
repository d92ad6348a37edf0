using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// The harm test for allegations against people who work with children, volunteers included
/// (Working Together to Safeguard Children; Keeping Children Safe in Education Part 4): an
/// allegation that meets any limb is referred to the Local Authority Designated Officer (LADO)
/// within one working day.
/// </summary>
/// <remarks>
/// The fourth limb, that the person may not be suitable to work with children, was added by
/// Keeping Children Safe in Education 2020 and applies to allegations from 1 September 2020: an
/// allegation of 31 August 2020 cannot meet the test on that limb alone; one of 1 September 2020
/// can. The test supports professional judgement and the LADO's advice; it never replaces them.
/// </remarks>
public static class HarmTest
{
    /// <summary>The first day on which the suitability limb (<see cref="HarmTestLimb.MayNotBeSuitableToWorkWithChildren"/>) applies: 1 September 2020.</summary>
    public static readonly LocalDate SuitabilityLimbInForceFrom = new(2020, 9, 1);

    /// <summary>The working days within which an allegation that meets the test is referred to the LADO.</summary>
    public const int ReferralWorkingDays = 1;

    /// <summary>Assesses an allegation against the harm test.</summary>
    /// <param name="allegationDate">The day the allegation was made or came to the employer's attention.</param>
    /// <param name="limbs">The limbs the practitioner judges are met; duplicates are ignored.</param>
    /// <param name="calendar">The working-day calendar for the referral deadline; <c>null</c> for <see cref="WorkingDayCalendar.EnglandAndWales"/>.</param>
    /// <returns>Whether the test is met, on which limbs, and the referral deadline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limbs"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="limbs"/> holds a value that is not a limb.</exception>
    public static HarmTestResult Assess(LocalDate allegationDate, IEnumerable<HarmTestLimb> limbs, WorkingDayCalendar? calendar = null)
    {
        Preconditions.CheckNotNull(limbs);
        var claimed = limbs.Distinct().Order().ToList();
        Preconditions.CheckArgument(claimed.All(Enum.IsDefined), nameof(limbs), "Expected harm test limbs 1 to 4.");
        var notInForce = claimed.Where(limb => !IsInForce(limb, allegationDate)).ToList();
        var met = claimed.Except(notInForce).ToList();
        return new HarmTestResult(allegationDate, met, notInForce, ReferralDueBy(allegationDate, calendar));
    }

    /// <summary>Tells whether a limb of the test applied to an allegation made on <paramref name="allegationDate"/>.</summary>
    /// <param name="limb">The limb.</param>
    /// <param name="allegationDate">The day of the allegation.</param>
    /// <returns><c>false</c> only for the suitability limb before 1 September 2020.</returns>
    public static bool IsInForce(HarmTestLimb limb, LocalDate allegationDate) =>
        limb != HarmTestLimb.MayNotBeSuitableToWorkWithChildren || allegationDate >= SuitabilityLimbInForceFrom;

    /// <summary>Gets the last day for a referral to the LADO: the next working day after the allegation.</summary>
    /// <param name="allegationDate">The day the allegation was made or came to the employer's attention.</param>
    /// <param name="calendar">The working-day calendar; <c>null</c> for <see cref="WorkingDayCalendar.EnglandAndWales"/>.</param>
    /// <returns>One working day after <paramref name="allegationDate"/>.</returns>
    public static LocalDate ReferralDueBy(LocalDate allegationDate, WorkingDayCalendar? calendar = null) =>
        (calendar ?? WorkingDayCalendar.EnglandAndWales).AddWorkingDays(allegationDate, ReferralWorkingDays);
}
