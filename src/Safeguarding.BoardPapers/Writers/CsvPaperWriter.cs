using System.Globalization;
using CsvHelper;

namespace Safeguarding.BoardPapers.Writers;

/// <summary>
/// Writes a board paper as CSV (RFC 4180, with CsvHelper): one header row, then one row per row of
/// the paper, with its group in the first column and the paper's as-at date (and "as it stood on")
/// in the last, so that every row says what it is. Dates are yyyy-MM-dd, numbers use a full stop,
/// a rating is its words. A file starts with a UTF-8 byte order mark, so that Excel reads ★ and –.
/// </summary>
/// <remarks>
/// Text is quoted, and text a spreadsheet could read as a formula (beginning with <c>=</c>,
/// <c>+</c>, <c>-</c>, <c>@</c>, a tab or a carriage return: OWASP's list, which is CsvHelper's
/// default) gets a single quote in front, CsvHelper's <see cref="CsvInjection.Escape"/>. Numbers and
/// dates are written as numbers and dates, so a change of -15 stays a number.
/// </remarks>
public static class CsvPaperWriter
{
    private static readonly CsvWriterOptions Options = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    private static readonly CsvWriterOptions FileOptions = new()
    {
        Injection = CsvInjection.Escape,
        FormatProvider = CultureInfo.InvariantCulture,
        WriteByteOrderMark = true,
    };

    /// <summary>Writes the paper to a stream, as UTF-8 with a byte order mark.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="stream">Where to write; left open.</param>
    public static void Write(BoardPaper paper, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(stream);
        using var csv = CsvWriter.Create(stream, FileOptions, leaveOpen: true);
        Write(paper, csv);
    }

    /// <summary>Writes the paper as text (without a byte order mark).</summary>
    /// <param name="paper">The paper.</param>
    /// <returns>The CSV text.</returns>
    public static string WriteToString(BoardPaper paper)
    {
        ArgumentNullException.ThrowIfNull(paper);
        using var text = new StringWriter(CultureInfo.InvariantCulture);
        using (var csv = CsvWriter.Create(text, Options, leaveOpen: true))
        {
            Write(paper, csv);
        }
        return text.ToString();
    }

    private static void Write(BoardPaper paper, CsvWriter csv)
    {
        List<string> headings = [paper.GroupColumn, .. paper.Columns.Select(column => column.Heading), "As at"];
        if (paper.AsItStoodOn is not null)
        {
            headings.Add("As it stood on");
        }
        foreach (var heading in headings)
        {
            csv.WriteField(heading, CsvQuoting.Always);
        }
        csv.EndRecord();
        foreach (var group in paper.Groups)
        {
            foreach (var row in group.Rows)
            {
                csv.WriteField(group.Label, CsvQuoting.Always);
                foreach (var cell in row.Cells)
                {
                    WriteCell(csv, cell);
                }
                WriteDate(csv, paper.AsAt);
                if (paper.AsItStoodOn is { } instant)
                {
                    csv.WriteField(NodaTime.Text.InstantPattern.General.Format(instant), CsvQuoting.Always);
                }
                csv.EndRecord();
            }
        }
        csv.Flush();
    }

    private static void WriteCell(CsvWriter csv, PaperCell cell)
    {
        if (cell.Missing is null && cell.Kind == PaperCellKind.Date)
        {
            WriteDate(csv, cell.Date!.Value);
        }
        else if (cell.Missing is null && cell.Kind == PaperCellKind.Number)
        {
            var rounded = Math.Round(cell.Number!.Value, cell.DecimalPlaces, MidpointRounding.AwayFromZero);
            csv.WriteField(rounded, "F" + cell.DecimalPlaces.ToString(CultureInfo.InvariantCulture));
        }
        else
        {
            csv.WriteField(cell.ToPlainText(), CsvQuoting.Always);
        }
    }

    private static void WriteDate(CsvWriter csv, LocalDate date) => csv.WriteField(date.ToDateOnly(), "yyyy-MM-dd");
}
