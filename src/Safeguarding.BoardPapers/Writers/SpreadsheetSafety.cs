namespace Safeguarding.BoardPapers.Writers;

/// <summary>
/// Keeps text from running as a formula when a CSV file or a spreadsheet is opened: OWASP's advice
/// on CSV injection (owasp.org/www-community/attacks/CSV_Injection) is that a cell beginning with
/// <c>=</c>, <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return is read as a formula, and
/// that prefixing it with a single quote makes it text. <see cref="CsvPaperWriter"/> has CsvHelper
/// do that; <see cref="SpreadsheetPaperWriter"/> writes such text as text with Excel's quote prefix.
/// </summary>
public static class SpreadsheetSafety
{
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>Tells whether a spreadsheet could read text as a formula.</summary>
    /// <param name="text">The cell's text.</param>
    /// <returns><c>true</c> when it begins with one of the characters OWASP lists.</returns>
    public static bool CouldRunAsFormula(string? text) => text is { Length: > 0 } && FormulaStarts.Contains(text[0]);
}
