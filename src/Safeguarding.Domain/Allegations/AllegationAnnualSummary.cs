using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// The LADO's figures for a year with no case in them: what the business unit and board members may
/// read (<see cref="Access.BoardActivity.ReadLadoAggregates"/>). Made from
/// <see cref="AllegationAnnualFigures"/>, whose rules it keeps, by <see cref="AllegationRegister.AnnualSummaryAsync"/>.
/// </summary>
/// <remarks>
/// Beside the measures against the board's targets, it gives the year's cases in the three bands an
/// annual report prints (Herefordshire 2015-16, seed 003 section 6d: "25% … within one month, 33% …
/// within three months and 42% … open for longer than three months"): resolved within one month,
/// resolved after one month and within three, and longer than three months (resolved later, or
/// still open three months after referral). A case open for less than three months as at the date
/// is in none of them yet (<see cref="OpenUnderThreeMonths"/>).
/// </remarks>
public sealed class AllegationAnnualSummary
{
    private AllegationAnnualSummary(AllegationAnnualFigures figures)
    {
        Year = figures.Year;
        AsAt = figures.AsAt;
        Target = figures.Target;
        Total = figures.Total;
        MonthlyReferralRate = figures.MonthlyReferralRate;
        PreviousYearTotals = figures.PreviousYearTotals;
        MeanOfPreviousYears = figures.MeanOfPreviousYears;
        ByReferringSector = figures.ByReferringSector;
        ByEmployerSector = figures.ByEmployerSector;
        ByOutcome = figures.ByOutcome;
        ByResolutionBand = figures.ByResolutionBand;
        StillOpen = figures.StillOpen;
        Exceptional = figures.Exceptional;
        Timeliness = figures.Timeliness;
        var bands = figures.ByResolutionBand.ToDictionary();
        ResolvedWithinOneMonth = bands[ResolutionBand.WithinOneMonth];
        ResolvedWithinOneToThreeMonths = bands[ResolutionBand.WithinThreeMonths];
        OpenUnderThreeMonths = figures.NotYetDue(3);
        LongerThanThreeMonths = Total - ResolvedWithinOneMonth - ResolvedWithinOneToThreeMonths - OpenUnderThreeMonths;
    }

    /// <summary>Gets the financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the date the figures are as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the board's target the year is measured against, or <c>null</c> when it has none.</summary>
    public LadoTimelinessTarget? Target { get; }

    /// <summary>Gets how many allegations were referred in the year.</summary>
    public int Total { get; }

    /// <summary>Gets the average number of referrals a month (<see cref="AllegationAnnualFigures.MonthlyReferralRate"/>).</summary>
    public decimal MonthlyReferralRate { get; }

    /// <summary>Gets the totals given for earlier years, oldest first.</summary>
    public IReadOnlyList<KeyValuePair<FinancialYear, int>> PreviousYearTotals { get; }

    /// <summary>Gets the mean of <see cref="PreviousYearTotals"/>, or <c>null</c> when none were given.</summary>
    public decimal? MeanOfPreviousYears { get; }

    /// <summary>Gets the referrals by the referring agency's sector, largest first.</summary>
    public IReadOnlyList<KeyValuePair<AgencySector, int>> ByReferringSector { get; }

    /// <summary>Gets the referrals by the sector the person works in, largest first.</summary>
    public IReadOnlyList<KeyValuePair<AgencySector, int>> ByEmployerSector { get; }

    /// <summary>Gets the cases with each outcome recorded.</summary>
    public IReadOnlyList<KeyValuePair<AllegationOutcome, int>> ByOutcome { get; }

    /// <summary>Gets the cases in each resolution band as at <see cref="AsAt"/>.</summary>
    public IReadOnlyList<KeyValuePair<ResolutionBand, int>> ByResolutionBand { get; }

    /// <summary>Gets how many of the year's cases were open as at <see cref="AsAt"/>.</summary>
    public int StillOpen { get; }

    /// <summary>Gets how many of the year's cases the LADO recorded as exceptional.</summary>
    public int Exceptional { get; }

    /// <summary>Gets the three timeliness measures (one, three and twelve months), each against the board's target.</summary>
    public IReadOnlyList<TimelinessMeasure> Timeliness { get; }

    /// <summary>Gets how many cases were resolved within one month of referral.</summary>
    public int ResolvedWithinOneMonth { get; }

    /// <summary>Gets how many cases were resolved after one month and within three.</summary>
    public int ResolvedWithinOneToThreeMonths { get; }

    /// <summary>Gets how many cases took longer than three months: resolved later, or still open three months after referral.</summary>
    public int LongerThanThreeMonths { get; }

    /// <summary>Gets how many cases were open as at <see cref="AsAt"/> and referred three months ago or less: in none of the three bands yet.</summary>
    public int OpenUnderThreeMonths { get; }

    /// <summary>Gets a count as a whole percentage of <see cref="Total"/>, rounded half away from zero, as an annual report prints it.</summary>
    /// <param name="count">A count of the year's cases, such as <see cref="ResolvedWithinOneMonth"/>.</param>
    /// <returns>The percentage; 0 when the year has no cases.</returns>
    public int PercentageOfTotal(int count) => Total == 0 ? 0 : (int)Math.Round(count * 100m / Total, MidpointRounding.AwayFromZero);

    /// <summary>Makes the summary of a year's figures, leaving out the cases.</summary>
    /// <param name="figures">The figures.</param>
    /// <returns>The summary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="figures"/> is <c>null</c>.</exception>
    public static AllegationAnnualSummary Of(AllegationAnnualFigures figures) => new(Preconditions.CheckNotNull(figures));

    /// <summary>Returns the year, total and the three bands.</summary>
    /// <returns>Such as "2015-16: 117 allegations; 29 resolved within one month, 39 within one to three months, 49 longer".</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture,
            $"{Year}: {Total} allegations; {ResolvedWithinOneMonth} resolved within one month, {ResolvedWithinOneToThreeMonths} within one to three months, {LongerThanThreeMonths} longer");
}
