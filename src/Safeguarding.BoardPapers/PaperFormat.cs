namespace Safeguarding.BoardPapers;

/// <summary>The formats a board paper is written in.</summary>
public enum PaperFormat
{
    /// <summary>Comma-separated values (RFC 4180, UTF-8 with a byte order mark so that Excel reads ★ and –).</summary>
    Csv = 0,

    /// <summary>An Excel workbook (.xlsx) with typed cells: real dates, numbers, and ratings as words.</summary>
    Spreadsheet = 1,

    /// <summary>A Word document (.docx) in the board's own layout.</summary>
    Document = 2,

    /// <summary>A print-ready A4 HTML page.</summary>
    Print = 3,
}
