namespace Safeguarding.Widgets.ViewModels;

/// <summary>A scorecard: each indicator's quarterly values, ratings against target, change and trend.</summary>
public sealed record ScorecardViewModel
{
    /// <summary>Gets the scorecard's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the board and financial year, such as "Herefordshire Safeguarding Children Board · 2015-16".</summary>
    public required string Meta { get; init; }

    /// <summary>Gets the source document.</summary>
    public required string Source { get; init; }

    /// <summary>Gets the column headings for the quarters, such as "Q1 (Apr–Jun)".</summary>
    public required IReadOnlyList<string> QuarterHeadings { get; init; }

    /// <summary>Gets one row per indicator.</summary>
    public required IReadOnlyList<ScorecardRowViewModel> Rows { get; init; }
}

/// <summary>One indicator of a scorecard.</summary>
public sealed record ScorecardRowViewModel
{
    /// <summary>Gets the indicator's name.</summary>
    public required string Name { get; init; }

    /// <summary>Gets the agency the figures come from.</summary>
    public required string SourceAgency { get; init; }

    /// <summary>Gets what is better, such as "Smaller is better", or "Not stated".</summary>
    public required string Polarity { get; init; }

    /// <summary>Gets the target in words, such as "280 (tolerance 20)", or "None published".</summary>
    public required string Target { get; init; }

    /// <summary>Gets one cell per quarter heading (empty text where the quarter has no value).</summary>
    public required IReadOnlyList<ScorecardCellViewModel> Cells { get; init; }

    /// <summary>Gets the change from the first to the last quarter in words, such as "+15 (+5%) from Q1 to Q4".</summary>
    public required string Change { get; init; }

    /// <summary>Gets the trend in words, such as "Worsening".</summary>
    public required string Trend { get; init; }

    /// <summary>Gets a shape for the trend, shown beside the words: ▲ up, ▼ down, ▶ level, or empty.</summary>
    public required string TrendSymbol { get; init; }

    /// <summary>Gets the sparkline's points in a 100 × 20 box, such as "0,20 33.33,10 …", or empty with fewer than two values.</summary>
    public required string SparklinePoints { get; init; }
}

/// <summary>One quarter's value of an indicator.</summary>
/// <param name="Value">The value as text, or empty where there is none.</param>
/// <param name="Rating">Its rating against the target, or <c>null</c> when there is no target or no value.</param>
public sealed record ScorecardCellViewModel(string Value, RagBadgeViewModel? Rating);
