using Safeguarding.Domain;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.BoardPapers.Papers;

/// <summary>A scorecard as a board paper: each indicator's quarterly values with their ratings against target, the change from the first quarter to the last, and the trend.</summary>
public static class ScorecardPaper
{
    private static readonly string[] QuarterMonths = ["Apr–Jun", "Jul–Sep", "Oct–Dec", "Jan–Mar"];

    /// <summary>Makes the paper, as at the end of the latest quarter with a value.</summary>
    /// <param name="scorecard">The scorecard.</param>
    /// <param name="fileStem">The start of the file names, such as the scorecard file's name ("domestic-abuse-2015-16").</param>
    /// <returns>The paper.</returns>
    public static BoardPaper Create(Scorecard scorecard, string fileStem)
    {
        ArgumentNullException.ThrowIfNull(scorecard);
        ArgumentNullException.ThrowIfNull(fileStem);
        var quarters = scorecard.Indicators.SelectMany(indicator => indicator.Values).Select(value => value.Quarter).DefaultIfEmpty(4).Max();
        var asAt = scorecard.Year.Quarters[quarters - 1].End;
        List<PaperColumn> columns =
        [
            new("Indicator", PaperCellKind.Text, 4),
            new("Source", PaperCellKind.Text, 2),
            new("Unit", PaperCellKind.Text, DataOnly: true),
            new("Better", PaperCellKind.Text),
            new("Target", PaperCellKind.Number),
            new("Tolerance", PaperCellKind.Number),
        ];
        foreach (var quarter in Enumerable.Range(1, 4))
        {
            columns.Add(new($"Q{quarter} ({QuarterMonths[quarter - 1]})", PaperCellKind.Number));
            columns.Add(new($"Q{quarter} rating", PaperCellKind.Rating));
        }
        columns.AddRange(
        [
            new("Change, first to last quarter", PaperCellKind.Number),
            new("Change, per cent", PaperCellKind.Number),
            new("Trend", PaperCellKind.Text),
        ]);
        return new BoardPaper
        {
            FileStem = fileStem,
            Title = $"{scorecard.Title} – as at {DisplayDates.Format(asAt)}",
            Board = scorecard.Board,
            Subject = $"Financial year {scorecard.Year.Label}",
            AsAt = asAt,
            GroupColumn = "Scorecard",
            Columns = columns,
            Groups = [new PaperGroup(scorecard.Title, scorecard.Title, [.. scorecard.Indicators.Select(Row)])],
            Notes =
            [
                "A value is green on or better than its target, amber within the tolerance, red beyond it, and not rated where no target is published.",
                $"Source: {scorecard.Source}.",
            ],
            EmptyMessage = "The scorecard has no indicators.",
        };
    }

    private static PaperRow Row(ScorecardIndicator indicator)
    {
        var change = indicator.ChangeFromFirstToLastQuarter;
        List<PaperCell> cells =
        [
            PaperCell.Text(indicator.Name),
            PaperCell.Text(indicator.SourceAgency),
            PaperCell.Text(indicator.Unit),
            PaperCell.Text(indicator.Polarity switch
            {
                IndicatorPolarity.SmallerIsBetter => "Smaller",
                IndicatorPolarity.LargerIsBetter => "Larger",
                _ => "Not stated",
            }),
            PaperCell.Of(indicator.Target?.Target, DecimalPlacesOf(indicator.Target?.Target), missing: "None published"),
            PaperCell.Of(indicator.Target?.Tolerance, DecimalPlacesOf(indicator.Target?.Tolerance), missing: "None published"),
        ];
        foreach (var quarter in Enumerable.Range(1, 4))
        {
            var value = indicator.Values.FirstOrDefault(candidate => candidate.Quarter == quarter);
            cells.Add(PaperCell.Of(value?.Value, DecimalPlacesOf(value?.Value), missing: "No figure"));
            cells.Add(value is null
                ? PaperCell.Of((PaperRating?)null, "No figure")
                : indicator.Target is null ? PaperCell.Of((PaperRating?)null, "No target") : PaperCell.Of(new PaperRating(indicator.Rate(value.Value))));
        }
        cells.Add(PaperCell.Of(change?.Absolute, DecimalPlacesOf(change?.Absolute), missing: "Fewer than two quarters"));
        cells.Add(PaperCell.Of(change?.Percentage, 1, "%", missing: change is null ? "Fewer than two quarters" : "From zero"));
        cells.Add(PaperCell.Text(indicator.Trend switch
        {
            IndicatorTrend.Improving => "Improving",
            IndicatorTrend.Worsening => "Worsening",
            IndicatorTrend.NoChange => "No change",
            _ => "Not judged",
        }));
        return new PaperRow(cells);
    }

    // A figure prints with the decimals it has: 315 as 315, 2.5 as 2.5.
    private static int DecimalPlacesOf(decimal? value) =>
        value is { } number ? Math.Min(6, (int)((decimal.GetBits(number)[3] >> 16) & 0xFF)) : 0;
}
