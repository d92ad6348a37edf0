using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// The LADO's figures for a financial year, as a board's annual report gives them: how many
/// allegations were referred, the monthly rate, the mean over previous years, referrals by
/// referring agency, outcomes, and timeliness against the board's own local targets.
/// </summary>
/// <remarks>
/// The year's cases are those referred from 1 April to 31 March. A timeliness share is of the cases
/// that could have met or missed its timescale by the date of the figures: a case still open inside
/// its one-month (or three-month, or twelve-month) window has not missed a deadline that has not
/// come, so it is left out of that measure and counted in <see cref="TimelinessMeasure.NotYetDue"/>;
/// once its window has passed, an open case is a miss. Targets are the board's
/// (<see cref="LadoTimelinessTarget"/>): the one in force on the year's first day is used, and a year
/// without one is reported without ratings. The monthly rate is the count divided by 12, to two decimal places: 117 referrals give
/// 9.75 (the Herefordshire report 2015-16 says "averaged 9.5 per month"; the code does not copy that).
/// </remarks>
public sealed class AllegationAnnualFigures
{
    private readonly AllegationYearTally _tally;

    private AllegationAnnualFigures(FinancialYear year, LocalDate asAt, AllegationYearTally tally, LadoTimelinessTarget? target)
    {
        Year = year;
        AsAt = asAt;
        _tally = tally;
        Cases = tally.Cases;
        Target = target;
    }

    /// <summary>Gets the financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the date the figures are as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the board's target the year is measured against (the one in force on its first day), or <c>null</c> when it has none.</summary>
    public LadoTimelinessTarget? Target { get; }

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
        [.. Enum.GetValues<ResolutionBand>().Select(band => KeyValuePair.Create(band, _tally.InBand(band)))];

    /// <summary>Gets how many of the year's cases were still open as at <see cref="AsAt"/>.</summary>
    public int StillOpen => _tally.InBand(ResolutionBand.Open);

    /// <summary>Gets how many cases were resolved within one month of referral, against the target's share (80% in seed 003's target).</summary>
    public TimelinessMeasure WithinOneMonth => Measure("Resolved within one month", 1, Target?.WithinOneMonth);

    /// <summary>Gets how many cases were resolved within three months of referral, against the target's share (90% in seed 003's target).</summary>
    public TimelinessMeasure WithinThreeMonths => Measure("Resolved within three months", 3, Target?.WithinThreeMonths);

    /// <summary>
    /// Gets how many cases were resolved within twelve months; when the target asks that all but the
    /// most exceptional are, it is met when every case closed after twelve months, or open for more
    /// than twelve months as at <see cref="AsAt"/>, is recorded as exceptional (<see cref="AllegationCase.IsExceptional"/>).
    /// </summary>
    public TimelinessMeasure WithinTwelveMonths
    {
        get
        {
            var within = _tally.ResolvedWithin(12);
            var notYetDue = _tally.NotYetDue(12);
            if (Target is not { AllButExceptionalWithinTwelveMonths: true } target)
            {
                return new("Resolved within twelve months", within, Total - notYetDue, notYetDue, null, null, TimelinessRating.NoTarget);
            }
            return new("All but the most exceptional resolved within twelve months", within, Total - notYetDue, notYetDue, 1m,
                $"all but the most exceptional, {target.Owner}",
                _tally.OverdueNotExceptional == 0 ? TimelinessRating.Meets : TimelinessRating.DoesNotMeet);
        }
    }

    /// <summary>Gets the three timeliness measures: one, three and twelve months.</summary>
    public IReadOnlyList<TimelinessMeasure> Timeliness => [WithinOneMonth, WithinThreeMonths, WithinTwelveMonths];

    /// <summary>Works out a year's figures.</summary>
    /// <param name="cases">Allegation cases; those referred outside <paramref name="year"/> or after <paramref name="asAt"/> are ignored.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="asAt">The date the figures are as at; closures after it are treated as not yet made.</param>
    /// <param name="previousYearTotals">Totals of earlier years for the mean, such as 175 for 2014-15; <c>null</c> for none. Entries for this year or later are ignored.</param>
    /// <param name="targets">The board's dated LADO timeliness targets; the one in force on the year's first day is used. <c>null</c> or empty for none, when the measures have no rating.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="cases"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">More than one of <paramref name="targets"/> is in force on the year's first day, or a case is <c>null</c>.</exception>
    public static AllegationAnnualFigures For(IEnumerable<AllegationCase> cases, FinancialYear year, LocalDate asAt,
        IReadOnlyDictionary<FinancialYear, int>? previousYearTotals = null, IEnumerable<LadoTimelinessTarget>? targets = null)
    {
        Preconditions.CheckNotNull(cases);
        var target = targets is null ? null : LadoTimelinessTarget.InForceOn(targets, year.Start);
        return new AllegationAnnualFigures(year, asAt, AllegationYearTally.Of(cases, year, asAt), target)
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

    /// <summary>Gets how many cases were open as at <see cref="AsAt"/> and still inside their <paramref name="months"/>-month window (1, 3 or 12).</summary>
    internal int NotYetDue(int months) => _tally.NotYetDue(months);

    /// <summary>Gets how many cases are recorded as exceptional.</summary>
    internal int Exceptional => _tally.Exceptional;

    private TimelinessMeasure Measure(string measure, int months, decimal? expected)
    {
        // An open case inside its window cannot yet have missed it (issue 11: "Open LADO cases").
        var count = _tally.ResolvedWithin(months);
        var notYetDue = _tally.NotYetDue(months);
        var measured = Total - notYetDue;
        if (expected is not { } share)
        {
            return new(measure, count, measured, notYetDue, null, null, TimelinessRating.NoTarget);
        }
        var achieved = measured == 0 ? 1m : (decimal)count / measured;
        var percent = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Math.Round(share * 100m, 1, MidpointRounding.AwayFromZero):0.#}%");
        return new(measure, count, measured, notYetDue, share, $"{percent}, {Target!.Owner}",
            achieved >= share ? TimelinessRating.Meets : TimelinessRating.DoesNotMeet);
    }

    private List<KeyValuePair<AgencySector, int>> CountBy(Func<AllegationCase, AgencySector> sector) =>
        Cases.GroupBy(sector)
            .OrderByDescending(group => group.Count())
            .ThenBy(group => group.Key)
            .Select(group => KeyValuePair.Create(group.Key, group.Count()))
            .ToList();
}
