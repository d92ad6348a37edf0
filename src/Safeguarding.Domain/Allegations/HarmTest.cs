using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// The harm test for allegations against people who work with children, volunteers included
/// (Working Together to Safeguard Children; Keeping Children Safe in Education Part 4): an
/// allegation that meets any limb is referred to the Local Authority Designated Officer (LADO)
/// within one working day.
/// </summary>
/// <remarks>
/// <para>
/// The test is answered by the guidance in force on the day of the allegation (<see cref="RuleSets"/>):
/// three limbs from Working Together 2015; the fourth, that the person may not be suitable to work
/// with children, from 1 September 2020 (Keeping Children Safe in Education 2020), so an allegation
/// of 31 August 2020 cannot meet the test on that limb alone and one of 1 September 2020 can; and
/// from 1 September 2021 (Keeping Children Safe in Education 2021) a concern that meets no limb is a
/// low-level concern for the employer, with no referral to the LADO. Allegations dated before
/// 26 March 2015 are refused: the package does not model the guidance before Working Together 2015.
/// </para>
/// <para>The test supports professional judgement and the LADO's advice; it never replaces them.</para>
/// </remarks>
public static class HarmTest
{
    /// <summary>The first day of Working Together 2015, the earliest guidance the test is answered by: 26 March 2015.</summary>
    public static readonly LocalDate ThreeLimbsInForceFrom = new(2015, 3, 26);

    /// <summary>The first day on which the suitability limb (<see cref="HarmTestLimb.MayNotBeSuitableToWorkWithChildren"/>) applies: 1 September 2020.</summary>
    public static readonly LocalDate SuitabilityLimbInForceFrom = new(2020, 9, 1);

    /// <summary>The first day on which a concern that meets no limb is a low-level concern (Keeping Children Safe in Education 2021): 1 September 2021.</summary>
    public static readonly LocalDate LowLevelConcernsInForceFrom = new(2021, 9, 1);

    /// <summary>The working days within which an allegation that meets the test is referred to the LADO.</summary>
    public const int ReferralWorkingDays = 1;

    /// <summary>
    /// Gets the versions of the harm test, in date order: three limbs (Working Together 2015), four
    /// limbs (Keeping Children Safe in Education 2020), and four limbs with low-level concerns
    /// (Keeping Children Safe in Education 2021, still in force).
    /// </summary>
    public static IReadOnlyList<StatutoryRuleSet> RuleSets { get; } =
    [
        new("Harm test with three limbs (Working Together to Safeguard Children 2015)", ThreeLimbsInForceFrom, SuitabilityLimbInForceFrom.PlusDays(-1),
            new SourceCitation("Working Together to Safeguard Children 2015 (published 26 March 2015)", "allegations against people who work with children")),
        new("Harm test with four limbs (Keeping Children Safe in Education 2020)", SuitabilityLimbInForceFrom, LowLevelConcernsInForceFrom.PlusDays(-1),
            new SourceCitation("Keeping Children Safe in Education 2020 (in force 1 September 2020)", "Part 4, the fourth limb")),
        new("Harm test with four limbs, and low-level concerns below it (Keeping Children Safe in Education 2021 and later)", LowLevelConcernsInForceFrom, null,
            new SourceCitation("Keeping Children Safe in Education 2021 (in force 1 September 2021)", "Part 4, concerns that do not meet the harm threshold (low-level concerns)")),
    ];

    /// <summary>Assesses an allegation against the harm test in force on its date.</summary>
    /// <param name="allegationDate">The day the allegation was made or came to the employer's attention.</param>
    /// <param name="limbs">The limbs the practitioner judges are met; duplicates are ignored.</param>
    /// <param name="calendar">The working-day calendar for the referral deadline; <c>null</c> for <see cref="WorkingDayCalendar.EnglandAndWales"/>.</param>
    /// <returns>Whether the test is met, on which limbs, the referral deadline when it is, and otherwise whether the concern is a low-level concern.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="limbs"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="limbs"/> holds a value that is not a limb.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="allegationDate"/> is before 26 March 2015, or so late that the referral deadline falls after 9998.</exception>
    public static HarmTestResult Assess(LocalDate allegationDate, IEnumerable<HarmTestLimb> limbs, WorkingDayCalendar? calendar = null)
    {
        Preconditions.CheckNotNull(limbs);
        var claimed = limbs.Distinct().Order().ToList();
        Preconditions.CheckArgument(claimed.All(Enum.IsDefined), nameof(limbs), "Expected harm test limbs 1 to 4.");
        var ruleSet = StatutoryRuleSet.InForceOn(RuleSets, allegationDate, nameof(allegationDate));
        var notInForce = claimed.Where(limb => !IsInForce(limb, allegationDate)).ToList();
        var met = claimed.Except(notInForce).ToList();
        LocalDate? referralDueBy = met.Count > 0 ? ReferralDueBy(allegationDate, calendar) : null;
        return new HarmTestResult(allegationDate, ruleSet, met, notInForce, referralDueBy);
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
    /// <exception cref="ArgumentOutOfRangeException">The deadline would fall outside the calendar's years, 1978 to 9998.</exception>
    public static LocalDate ReferralDueBy(LocalDate allegationDate, WorkingDayCalendar? calendar = null)
    {
        // Counting past 31 December 9999 would overflow the date itself rather than say what is wrong.
        if (allegationDate.Year is < EnglandAndWalesBankHolidays.FirstYear or > EnglandAndWalesBankHolidays.LastYear)
        {
            throw new ArgumentOutOfRangeException(nameof(allegationDate), allegationDate,
                $"Expected a date in the years {EnglandAndWalesBankHolidays.FirstYear} to {EnglandAndWalesBankHolidays.LastYear}, which the bank holiday calendar covers, but found {DisplayDates.Format(allegationDate)}.");
        }
        return (calendar ?? WorkingDayCalendar.EnglandAndWales).AddWorkingDays(allegationDate, ReferralWorkingDays);
    }
}
