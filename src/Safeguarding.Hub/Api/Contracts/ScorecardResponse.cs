namespace Safeguarding.Hub.Api.Contracts;

/// <summary>A scorecard: indicators with quarterly values, each rated against its target, with change and trend.</summary>
/// <param name="Key">The scorecard's key (its file name without ".json").</param>
/// <param name="Title">Its title.</param>
/// <param name="Board">The board that published it.</param>
/// <param name="Year">The financial year, such as "2015-16".</param>
/// <param name="Source">The document it is transcribed from, and where in it.</param>
/// <param name="Indicators">Its rows.</param>
public sealed record ScorecardResponse(string Key, string Title, string Board, string Year, string Source, IReadOnlyList<IndicatorResponse> Indicators);

/// <summary>One indicator of a scorecard.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Name">Its name.</param>
/// <param name="SourceAgency">The agency the figures come from.</param>
/// <param name="Unit">What is counted.</param>
/// <param name="Polarity">"SmallerIsBetter", "LargerIsBetter", or <c>null</c> when not stated.</param>
/// <param name="Target">The target, or <c>null</c>.</param>
/// <param name="Tolerance">The tolerance around the target, or <c>null</c>.</param>
/// <param name="Values">Each quarter's value and its rating against the target.</param>
/// <param name="ChangeFromFirstToLastQuarter">The change from the first to the last quarter, or <c>null</c>.</param>
/// <param name="Trend">"Improving", "Worsening", "Unchanged" or "NotJudged".</param>
public sealed record IndicatorResponse(
    string Id,
    string Name,
    string SourceAgency,
    string Unit,
    string? Polarity,
    decimal? Target,
    decimal? Tolerance,
    IReadOnlyList<QuarterValueResponse> Values,
    IndicatorChangeResponse? ChangeFromFirstToLastQuarter,
    string Trend);

/// <summary>A quarter's value.</summary>
/// <param name="Quarter">The financial quarter, 1 (April to June) to 4.</param>
/// <param name="Value">The value.</param>
/// <param name="Rating">Its rating against the target: Green, Amber, Red, or NotRated without a target.</param>
public sealed record QuarterValueResponse(int Quarter, decimal Value, string Rating);

/// <summary>A change between two quarters.</summary>
/// <param name="FromQuarter">The earlier quarter.</param>
/// <param name="ToQuarter">The later quarter.</param>
/// <param name="Absolute">The change in the indicator's unit.</param>
/// <param name="Percentage">The change as a percentage of the earlier value, or <c>null</c> when that was zero.</param>
public sealed record IndicatorChangeResponse(int FromQuarter, int ToQuarter, decimal Absolute, decimal? Percentage);
