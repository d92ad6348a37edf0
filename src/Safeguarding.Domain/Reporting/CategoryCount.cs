namespace Safeguarding.Domain.Reporting;

/// <summary>A count in one category, with the percentage the document printed beside it.</summary>
/// <param name="Category">The category, in the document's words, such as "Neglect".</param>
/// <param name="Count">The count.</param>
/// <param name="PublishedPercent">The percentage the document printed; <c>null</c> when it printed none.</param>
public sealed record CategoryCount(string Category, int Count, decimal? PublishedPercent = null);
