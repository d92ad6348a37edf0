using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// The LADO's figures for a financial year, as a board's annual report gives them: how many
/// allegations were referred, the monthly rate, the mean over previous years, referrals by
/// referring agency, outcomes, and timeliness against Working Together's expectations.
/// </summary>
/// <remarks>
/// The year's cases are those referred from 1 April to 31 March. Timeliness shares are of all the
/// year's cases, open ones included, so figures taken soon after the year end count young open
/// cases against the one-month share: take them as at a date well after the year ends for a fair
/// picture. The monthly rate is the count divided by 12, to two decimal places: 117 referrals give
/// 9.75 (the Herefordshire report 2015-16 says "averaged 9.5 per month"; the code does not copy that).
/// </remarks>
public sealed class AllegationAnnualFigures
{
    private AllegationAnnualFigures(FinancialYear year, LocalDate asAt, IReadOnlyList<AllegationCase> cases)
    {
        Year = year;
        AsAt = asAt;
        Cases = cases;
    }

    /// <summary>Gets the financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the date the figures are as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the cases referred in the year, in referral order.</summary>
    public IReadOnlyList<AllegationCase> Cases { get; }

    /// <summary>Gets how many allegations were referred in the year.</summary>
    public int Total => Cases.Count;

    /// <summary>Gets the average number of referrals a month: <see cref="Total"/> divided by 12, to two decimal places.</summary>
    public decimal MonthlyReferralRate => Math.Round(Total / 12m, 2, MidpointRounding.AwayFromZero);

    /// <summary>Gets the totals given for earlier years, oldest first.</summary>
    public IReadOnlyList<KeyValuePair<FinancialYear, int>> PreviousYearTotals { get; private init; } = [];

    /// <summary>Gets the mean of <see cref="PreviousYearTotals"/> to one decimal place, or <c>null</c> when none were given.</summary>
    public decimal? MeanOfPreviousYears => PreviousYearTotals.Count == 0
        ? null
        : Math.Round((decimal)PreviousYearTotals.Sum(pair => pair.Value) / PreviousYearTotals.Count, 1, MidpointRounding.AwayFromZero);

    /// <summary>Gets the number of referrals by the referring agency's sector, largest first.</summary>
    public IReadOnlyList<KeyValuePair<AgencySector, int>> ByReferringSector => CountBy(allegation => allegation.ReferringSector);

    /// <summary>Gets the number of referrals by the sector of the employer of the person the allegation is about, largest first.</summary>
    public IReadOnlyList<KeyValuePair<AgencySector, int>> ByEmployerSector => CountBy(allegation => allegation.EmployerSector);

    /// <summary>Gets the number of cases with each outcome recorded, in the order of <see cref="AllegationOutcome"/>; cases without an outcome are left out.</summary>
    public IReadOnlyList<KeyValuePair<AllegationOutcome, int>> ByOutcome =>
        Cases.Where(allegation => allegation.Outcome is not null)
            .GroupBy(allegation => allegation.Outcome!.Value)
            .OrderBy(group => group.Key)
            .Select(group => KeyValuePair.Create(group.Key, group.Count()))
            .ToList();

    /// <summary>Gets the number of cases in each resolution band as at <see cref="AsAt"/>, every band listed.</summary>
    public IReadOnlyList<KeyValuePair<ResolutionBand, int>> ByResolutionBand =>
        Enum.GetValues<ResolutionBand>()
            .Select(band => KeyValuePair.Create(band, Cases.Count(allegation => AllegationTimeliness.BandOf(allegation, AsAt) == band)))
            .ToList();

    /// <summary>Gets how many of the year's cases were still open as at <see cref="AsAt"/>.</summary>
    public int StillOpen => Cases.Count(allegation => allegation.IsOpen(AsAt));

    /// <summary>Gets the expectation that 80% of cases are resolved within one month of referral.</summary>
    public TimelinessMeasure WithinOneMonth => Measure("80% resolved within one month", 1, AllegationTimeliness.ExpectedWithinOneMonth);

    /// <summary>Gets the expectation that 90% of cases are resolved within three months of referral.</summary>
    public TimelinessMeasure WithinThreeMonths => Measure("90% resolved within three months", 3, AllegationTimeliness.ExpectedWithinThreeMonths);

    /// <summary>
    /// Gets the expectation that all but the most exceptional cases are resolved within twelve
    /// months: met when every case closed after twelve months, or open for more than twelve months
    /// as at <see cref="AsAt"/>, is recorded as exceptional (<see cref="AllegationCase.IsExceptional"/>).
    /// </summary>
    public TimelinessMeasure WithinTwelveMonths
    {
        get
        {
            var within = Cases.Count(allegation => IsResolvedWithin(allegation, 12));
            var overdueNotExceptional = Cases.Count(allegation => IsPastTwelveMonths(allegation) && !allegation.IsExceptional);
            return new("All but the most exceptional resolved within twelve months", within, Total, 1m,
                overdueNotExceptional == 0 ? TimelinessRating.Meets : TimelinessRating.DoesNotMeet);
        }
    }

    /// <summary>Gets the three timeliness expectations: one, three and twelve months.</summary>
    public IReadOnlyList<TimelinessMeasure> Timeliness => [WithinOneMonth, WithinThreeMonths, WithinTwelveMonths];

    /// <summary>Works out a year's figures.</summary>
    /// <param name="cases">Allegation cases; those referred outside <paramref name="year"/> or after <paramref name="asAt"/> are ignored.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="asAt">The date the figures are as at; closures after it are treated as not yet made.</param>
    /// <param name="previousYearTotals">Totals of earlier years for the mean, such as 175 for 2014-15; <c>null</c> for none. Entries for this year or later are ignored.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <c>null</c>.</exception>
    public static AllegationAnnualFigures For(IEnumerable<AllegationCase> cases, FinancialYear year, LocalDate asAt, IReadOnlyDictionary<FinancialYear, int>? previousYearTotals = null)
    {
        Preconditions.CheckNotNull(cases);
        var inYear = cases.Where(allegation => year.Contains(allegation.ReferredOn) && allegation.ReferredOn <= asAt)
            .OrderBy(allegation => allegation.ReferredOn)
            .ToList();
        return new AllegationAnnualFigures(year, asAt, inYear)
        {
            PreviousYearTotals = (previousYearTotals ?? new Dictionary<FinancialYear, int>())
                .Where(pair => pair.Key < year)
                .OrderBy(pair => pair.Key)
                .ToList(),
        };
    }

    /// <summary>Returns the year, total and monthly rate.</summary>
    /// <returns>Such as "2015-16: 117 allegations, 9.75 a month".</returns>
    public override string ToString() =>
        string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Year}: {Total} allegations, {MonthlyReferralRate} a month");

    private bool IsResolvedWithin(AllegationCase allegation, int months) =>
        !allegation.IsOpen(AsAt) && AllegationTimeliness.IsResolvedWithin(allegation.ReferredOn, allegation.ClosedOn!.Value, months);

    private bool IsPastTwelveMonths(AllegationCase allegation) =>
        allegation.IsOpen(AsAt)
            ? AsAt > AllegationTimeliness.ResolvedWithinMonthsBy(allegation.ReferredOn, 12)
            : !IsResolvedWithin(allegation, 12);

    private TimelinessMeasure Measure(string expectation, int months, decimal expected)
    {
        var count = Cases.Count(allegation => IsResolvedWithin(allegation, months));
        var share = Total == 0 ? 0m : (decimal)count / Total;
        return new(expectation, count, Total, expected, Total == 0 || share >= expected ? TimelinessRating.Meets : TimelinessRating.DoesNotMeet);
    }

    private List<KeyValuePair<AgencySector, int>> CountBy(Func<AllegationCase, AgencySector> sector) =>
        Cases.GroupBy(sector)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .Select(group => KeyValuePair.Create(group.Key, group.Count()))
            .ToList();
}
