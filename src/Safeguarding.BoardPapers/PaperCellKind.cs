namespace Safeguarding.BoardPapers;

/// <summary>What a cell of a board paper holds, so that each format writes it as its own type.</summary>
public enum PaperCellKind
{
    /// <summary>Text: one or more lines, or a bulleted list.</summary>
    Text = 0,

    /// <summary>A date: a real date in a spreadsheet, yyyy-MM-dd in CSV, "31 May 2009" in print.</summary>
    Date = 1,

    /// <summary>A number: a real number in a spreadsheet.</summary>
    Number = 2,

    /// <summary>A RAG rating: its words in CSV and spreadsheets; its symbol and words (and why) in print.</summary>
    Rating = 3,
}
