namespace Safeguarding.Domain.Reporting;

/// <summary>A figure a document gives only as a percentage, with no counts to check it against.</summary>
/// <param name="Percent">The percentage as published, such as 12 for "12%".</param>
/// <param name="AsAt">When it applies, as the document says it, such as "November 2015".</param>
/// <param name="Qualifier">A word the document puts before it, such as "below" for "below 1%"; <c>null</c> when none.</param>
/// <param name="PublishedAsPercentagesOnly">Always <c>true</c>: the document gives no counts. The default is <c>true</c>.</param>
public sealed record PercentageOnlyFigure(decimal Percent, string AsAt, string? Qualifier = null, bool PublishedAsPercentagesOnly = true);
