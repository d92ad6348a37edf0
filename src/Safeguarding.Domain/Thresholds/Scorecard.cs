using Safeguarding.Domain.Import;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// A scorecard: indicators with quarterly values for one financial year, such as the domestic
/// abuse scorecard in 003_2b82dd704ae0436e.txt, Appendix 3.
/// </summary>
/// <param name="Title">The scorecard's title.</param>
/// <param name="Board">The board that published it.</param>
/// <param name="Year">The financial year of the values.</param>
/// <param name="Source">The document it is transcribed from.</param>
/// <param name="Indicators">Its rows.</param>
/// <param name="TranscriptionNotes">What the transcriber had to decide, and where the document is inconsistent; <c>null</c> when nothing.</param>
public sealed record Scorecard(
    string Title,
    string Board,
    FinancialYear Year,
    SourceCitation Source,
    IReadOnlyList<ScorecardIndicator> Indicators,
    IReadOnlyList<string>? TranscriptionNotes = null)
{
    /// <summary>Gets the financial quarter a value belongs to.</summary>
    /// <param name="value">One of the scorecard's values.</param>
    /// <returns>Such as Q2 2015-16.</returns>
    public FinancialQuarter QuarterOf(QuarterlyValue value) => new(Year, Preconditions.CheckNotNull(value).Quarter);

    /// <summary>Gets the indicator whose id is <paramref name="id"/>.</summary>
    /// <param name="id">The indicator's id.</param>
    /// <returns>The indicator.</returns>
    /// <exception cref="ArgumentException">The scorecard has no such indicator.</exception>
    public ScorecardIndicator Indicator(string id) =>
        Indicators.FirstOrDefault(indicator => string.Equals(indicator.Id, id, StringComparison.Ordinal))
        ?? throw new ArgumentException($"Expected the id of an indicator on the scorecard \"{Title}\", but found \"{id}\".", nameof(id));

    /// <summary>Finds what is wrong with the scorecard, each problem with the JSON path of the field concerned.</summary>
    internal IReadOnlyList<(string Path, string Message)> FindProblems()
    {
        var problems = new List<(string Path, string Message)>();
        if (string.IsNullOrWhiteSpace(Title))
        {
            problems.Add(("$.title", "expected some text"));
        }
        if (Indicators.Count == 0)
        {
            problems.Add(("$.indicators", "expected at least one indicator"));
        }
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < Indicators.Count; i++)
        {
            var indicator = Indicators[i];
            var path = $"$.indicators[{i}]";
            if (!ids.Add(indicator.Id))
            {
                problems.Add(($"{path}.id", $"expected a unique id, but \"{indicator.Id}\" is used by an earlier indicator"));
            }
            if (indicator.Target is { Tolerance: < 0 } target)
            {
                problems.Add(($"{path}.target.tolerance", $"expected a tolerance of zero or more, but found {target.Tolerance}"));
            }
            if (indicator.Target is not null && indicator.Polarity is null)
            {
                problems.Add(($"{path}.polarity", "expected a polarity (\"SmallerIsBetter\" or \"LargerIsBetter\") for an indicator with a target"));
            }
            if (indicator.Target is { } bounded)
            {
                InRange(bounded.Target, $"{path}.target.target");
                InRange(bounded.Tolerance, $"{path}.target.tolerance");
            }
            var previous = 0;
            for (var j = 0; j < indicator.Values.Count; j++)
            {
                InRange(indicator.Values[j].Value, $"{path}.values[{j}].value");
                var quarter = indicator.Values[j].Quarter;
                if (quarter is < 1 or > 4)
                {
                    problems.Add(($"{path}.values[{j}].quarter", $"expected a quarter from 1 to 4, but found {quarter}"));
                }
                else if (quarter <= previous)
                {
                    problems.Add(($"{path}.values[{j}].quarter", $"expected quarters in order, each once, but found {quarter} after {previous}"));
                }
                previous = quarter;
            }
            if (indicator.PublishedChange is { } change && (change.FromQuarter is null) != (change.ToQuarter is null))
            {
                problems.Add(($"{path}.publishedChange", "expected both \"fromQuarter\" and \"toQuarter\", or neither"));
            }
            else if (indicator.PublishedChange is { FromQuarter: { } from, ToQuarter: { } to })
            {
                var quarters = indicator.Values.Select(value => value.Quarter).ToHashSet();
                if (from >= to || !quarters.Contains(from) || !quarters.Contains(to))
                {
                    problems.Add(($"{path}.publishedChange", $"expected \"fromQuarter\" earlier than \"toQuarter\", both quarters with a value ({string.Join(", ", quarters)}), but found {from} and {to}"));
                }
            }
        }
        return problems;

        // Changes and percentages are computed from the values, so they must stay within what a decimal holds.
        void InRange(decimal value, string path)
        {
            if (!DataFileNumbers.IsInRange(value))
            {
                problems.Add((path, $"expected {DataFileNumbers.Describe}, but found {value}"));
            }
        }
    }
}
