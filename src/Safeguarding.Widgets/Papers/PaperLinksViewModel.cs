namespace Safeguarding.Widgets.Papers;

/// <summary>The links under a widget to the same report as a board paper, one per format.</summary>
/// <param name="What">What the paper is, for each link's accessible name, such as "the exception report".</param>
/// <param name="Links">The links, in order.</param>
public sealed record PaperLinksViewModel(string What, IReadOnlyList<PaperLink> Links);

/// <summary>One link to a board paper.</summary>
/// <param name="Format">The format as a person reads it, such as "Word".</param>
/// <param name="Href">The address, with the widget's parameters.</param>
/// <param name="IsDownload"><c>true</c> for a file to download; <c>false</c> for the print view, which opens as a page.</param>
public sealed record PaperLink(string Format, string Href, bool IsDownload);
