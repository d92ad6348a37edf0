namespace Safeguarding.BoardPapers;

/// <summary>A group of rows of a board paper, printed under its own heading and on a page of its own.</summary>
/// <param name="Heading">The heading, such as "Actions to be completed by the end of February 2009".</param>
/// <param name="Label">The group's value in the group column of CSV and spreadsheets, such as "February 2009".</param>
/// <param name="Rows">The rows, each with one cell per column of the paper.</param>
public sealed record PaperGroup(string Heading, string Label, IReadOnlyList<PaperRow> Rows);
