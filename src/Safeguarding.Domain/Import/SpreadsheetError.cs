namespace Safeguarding.Domain.Import;

/// <summary>One problem in a spreadsheet saved as CSV, placed where a person finds it: the line, and the column by letter and heading.</summary>
/// <param name="FileName">The file's name, as given to the reader.</param>
/// <param name="Line">The line of the file (from 1, the heading line included) where the row starts.</param>
/// <param name="ColumnNumber">The column (from 1), or <c>null</c> when the problem is the whole row or file.</param>
/// <param name="Column">The column's heading, or <c>null</c> when the problem is the whole row or file.</param>
/// <param name="Message">What was wrong and what was expected.</param>
public sealed record SpreadsheetError(string FileName, long Line, int? ColumnNumber, string? Column, string Message)
{
    /// <summary>Gets the column's letter as a spreadsheet shows it ("A", "Z", "AA"), or <c>null</c>.</summary>
    public string? ColumnLetter => ColumnNumber is { } number ? Letters(number) : null;

    /// <summary>Returns the error as one line: file, line, column and message.</summary>
    /// <returns>Such as "allegations.csv, line 5, column F (closed): Expected a date such as 2016-03-31 or 31/03/2016.".</returns>
    public override string ToString() =>
        ColumnNumber is null ? $"{FileName}, line {Line}: {Message}" : $"{FileName}, line {Line}, column {ColumnLetter} ({Column}): {Message}";

    private static string Letters(int number)
    {
        var letters = string.Empty;
        for (var rest = number; rest > 0; rest = (rest - 1) / 26)
        {
            letters = (char)('A' + ((rest - 1) % 26)) + letters;
        }
        return letters;
    }
}
