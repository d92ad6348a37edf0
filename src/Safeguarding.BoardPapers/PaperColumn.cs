namespace Safeguarding.BoardPapers;

/// <summary>A column of a board paper: its heading, the kind of cell it holds, and how wide it prints.</summary>
/// <param name="Heading">The heading, such as "Lead officer".</param>
/// <param name="Kind">What its cells hold.</param>
/// <param name="Width">Its share of the printed width, relative to the other printed columns. The default is 1.</param>
/// <param name="DataOnly">
/// <c>true</c> for a column written only to CSV and spreadsheets, because the printed paper says it
/// in another column (a rating prints as symbol, words and reason in one cell; a spreadsheet keeps
/// them in columns of their own to sort and filter by). The default is <c>false</c>.
/// </param>
public sealed record PaperColumn(string Heading, PaperCellKind Kind, int Width = 1, bool DataOnly = false);
