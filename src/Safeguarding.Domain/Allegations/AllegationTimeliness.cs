namespace Safeguarding.Domain.Allegations;

/// <summary>
/// How quickly allegations are resolved, measured from referral to closure in calendar months, as
/// the Herefordshire annual report 2015-16 measures it (seed 003, section 6d: "measured as number of
/// days from referral to case closure"). The targets the shares are compared with are a board's own
/// (<see cref="LadoTimelinessTarget"/>).
/// </summary>
/// <remarks>
/// Months are calendar months on the corresponding-date rule (Dodds v Walker [1981] 1 WLR 1027, HL; "month"
/// means calendar month, Interpretation Act 1978 Sch 1): a period of a month from a referral ends
/// on the same day number of the next month, or on that month's last day when it has no such day.
/// So a case referred on 10 March and closed on 10 April is within one month; one referred on 31
/// December and closed on 31 January is within one month; one referred on 31 January is within one
/// month if closed by 28 February (29 in a leap year), but not on 1 March. A referral on the last
/// day of a short month does not gain the longer month's end: 28 February to 31 March is more than
/// a month. This is NodaTime's <see cref="LocalDate.PlusMonths(int)"/>.
/// </remarks>
public static class AllegationTimeliness
{
    /// <summary>Gets the last day on which a case is resolved within <paramref name="months"/> months of its referral.</summary>
    /// <param name="referredOn">The day of the referral.</param>
    /// <param name="months">The number of calendar months.</param>
    /// <returns>The corresponding date <paramref name="months"/> months later, or that month's last day.</returns>
    public static LocalDate ResolvedWithinMonthsBy(LocalDate referredOn, int months) => referredOn.PlusMonths(months);

    /// <summary>Tells whether a case closed on <paramref name="closedOn"/> was resolved within <paramref name="months"/> months of <paramref name="referredOn"/>.</summary>
    /// <param name="referredOn">The day of the referral.</param>
    /// <param name="closedOn">The day of closure.</param>
    /// <param name="months">The number of calendar months.</param>
    /// <returns><c>true</c> when closed on or before <see cref="ResolvedWithinMonthsBy"/>.</returns>
    public static bool IsResolvedWithin(LocalDate referredOn, LocalDate closedOn, int months) =>
        closedOn <= ResolvedWithinMonthsBy(referredOn, months);

    /// <summary>Gets the band a case falls in as at a date.</summary>
    /// <param name="allegation">The case.</param>
    /// <param name="asAt">The date; a closure after it is not yet known, so the case is open.</param>
    /// <returns>The band.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allegation"/> is <c>null</c>.</exception>
    public static ResolutionBand BandOf(AllegationCase allegation, LocalDate asAt)
    {
        Preconditions.CheckNotNull(allegation);
        if (allegation.IsOpen(asAt))
        {
            return ResolutionBand.Open;
        }
        var closed = allegation.ClosedOn!.Value;
        return IsResolvedWithin(allegation.ReferredOn, closed, 1) ? ResolutionBand.WithinOneMonth
            : IsResolvedWithin(allegation.ReferredOn, closed, 3) ? ResolutionBand.WithinThreeMonths
            : IsResolvedWithin(allegation.ReferredOn, closed, 12) ? ResolutionBand.WithinTwelveMonths
            : ResolutionBand.AfterTwelveMonths;
    }
}
