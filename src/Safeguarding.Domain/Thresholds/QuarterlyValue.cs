namespace Safeguarding.Domain.Thresholds;

/// <summary>An indicator's value for one quarter of the scorecard's financial year.</summary>
/// <param name="Quarter">The quarter's number, 1 (April–June) to 4 (January–March).</param>
/// <param name="Value">The value, in the indicator's unit.</param>
/// <param name="PublishedLabel">The column label as the document printed it, such as "Q1 15-16"; <c>null</c> when it printed none.</param>
public sealed record QuarterlyValue(int Quarter, decimal Value, string? PublishedLabel = null);
