using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// One row of a scorecard: an indicator with its source agency, unit, polarity, optional target
/// and tolerance, and its values per quarter (003_2b82dd704ae0436e.txt, Appendix 3).
/// </summary>
/// <param name="Id">A short identifier, unique in the scorecard.</param>
/// <param name="Name">The indicator as the scorecard names it.</param>
/// <param name="SourceAgency">The agency the figures come from, such as "West Mercia Police".</param>
/// <param name="Unit">What is counted, such as "children".</param>
/// <param name="Values">The values, one per quarter, earliest first.</param>
/// <param name="Polarity">Which direction is better; <c>null</c> when the document does not say.</param>
/// <param name="Target">The target and tolerance; <c>null</c> when none is set (values are then not rated).</param>
/// <param name="PublishedChange">The change the document printed; <c>null</c> when it printed none.</param>
/// <param name="TranscriptionNotes">What the transcriber had to decide; <c>null</c> when nothing.</param>
public sealed record ScorecardIndicator(
    string Id,
    string Name,
    string SourceAgency,
    string Unit,
    IReadOnlyList<QuarterlyValue> Values,
    IndicatorPolarity? Polarity = null,
    IndicatorTarget? Target = null,
    PublishedChange? PublishedChange = null,
    IReadOnlyList<string>? TranscriptionNotes = null)
{
    /// <summary>Rates a value against the indicator's target.</summary>
    /// <param name="value">A value of the indicator.</param>
    /// <returns>
    /// Green, Amber or Red (see <see cref="IndicatorTarget.Rate"/>); <see cref="RagRating.NotRated"/>
    /// when the indicator has no target or no stated polarity.
    /// </returns>
    public RagRating Rate(decimal value) =>
        Target is { } target && Polarity is { } polarity ? target.Rate(value, polarity) : RagRating.NotRated;

    /// <summary>Gets the rating of each quarter's value, in the order of <see cref="Values"/>.</summary>
    public IReadOnlyList<(QuarterlyValue Value, RagRating Rating)> Ratings =>
        [.. Values.Select(value => (value, Rate(value.Value)))];

    /// <summary>Gets the value for quarter <paramref name="quarter"/>.</summary>
    /// <param name="quarter">The quarter's number, 1 to 4.</param>
    /// <returns>The value.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The indicator has no value for that quarter.</exception>
    public QuarterlyValue ValueFor(int quarter) =>
        Values.FirstOrDefault(value => value.Quarter == quarter)
        ?? throw new ArgumentOutOfRangeException(nameof(quarter), quarter, $"Expected a quarter \"{Name}\" has a value for ({string.Join(", ", Values.Select(value => value.Quarter))}).");

    /// <summary>Gets the change from quarter <paramref name="fromQuarter"/> to quarter <paramref name="toQuarter"/>.</summary>
    /// <param name="fromQuarter">The earlier quarter's number.</param>
    /// <param name="toQuarter">The later quarter's number.</param>
    /// <returns>The change.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The indicator has no value for one of the quarters.</exception>
    public IndicatorChange ChangeBetween(int fromQuarter, int toQuarter) =>
        new(fromQuarter, toQuarter, ValueFor(fromQuarter).Value, ValueFor(toQuarter).Value);

    /// <summary>Gets the change from the first quarter's value to the last; <c>null</c> with fewer than two values.</summary>
    public IndicatorChange? ChangeFromFirstToLastQuarter =>
        Values.Count < 2 ? null : ChangeBetween(Values[0].Quarter, Values[^1].Quarter);

    /// <summary>Gets the change from the last-but-one quarter's value to the last (quarter on quarter); <c>null</c> with fewer than two values.</summary>
    public IndicatorChange? ChangeFromPreviousQuarter =>
        Values.Count < 2 ? null : ChangeBetween(Values[^2].Quarter, Values[^1].Quarter);

    /// <summary>Gets whether the indicator improved from its first quarter to its last, respecting its polarity.</summary>
    public IndicatorTrend Trend
    {
        get
        {
            if (Polarity is not { } polarity || ChangeFromFirstToLastQuarter is not { } change)
            {
                return IndicatorTrend.NotJudged;
            }
            if (change.Absolute == 0)
            {
                return IndicatorTrend.NoChange;
            }
            var better = polarity == IndicatorPolarity.SmallerIsBetter ? change.Absolute < 0 : change.Absolute > 0;
            return better ? IndicatorTrend.Improving : IndicatorTrend.Worsening;
        }
    }
}
