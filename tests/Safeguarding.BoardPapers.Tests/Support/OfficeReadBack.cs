using System.Globalization;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;
using Word = DocumentFormat.OpenXml.Wordprocessing;

namespace Safeguarding.BoardPapers.Tests.Support;

/// <summary>Reads a workbook or a Word document back as text a person can review: cell values with their types, and paragraphs.</summary>
internal static class OfficeReadBack
{
    /// <summary>One line per cell that has a value: its reference, its type (text, date, date-time, number) and its value; text a spreadsheet would show as text with a quote prefix is marked so.</summary>
    internal static IReadOnlyList<SpreadsheetCell> Cells(byte[] workbook)
    {
        using var stream = new MemoryStream(workbook);
        using var document = SpreadsheetDocument.Open(stream, isEditable: false);
        var workbookPart = document.WorkbookPart!;
        var formats = workbookPart.WorkbookStylesPart!.Stylesheet!.CellFormats!.Elements<CellFormat>().ToList();
        var numberFormats = workbookPart.WorkbookStylesPart.Stylesheet.NumberingFormats?.Elements<NumberingFormat>()
            .ToDictionary(format => format.NumberFormatId!.Value, format => format.FormatCode!.Value!) ?? [];
        var sheet = workbookPart.WorksheetParts.Single().Worksheet!;
        var cells = new List<SpreadsheetCell>();
        foreach (var cell in sheet.Descendants<Cell>())
        {
            Assert.Null(cell.CellFormula);
            var format = formats[(int)(cell.StyleIndex?.Value ?? 0)];
            var quotePrefix = format.QuotePrefix?.Value == true;
            if (cell.DataType?.Value == CellValues.InlineString)
            {
                cells.Add(new(cell.CellReference!.Value!, "text", cell.InlineString!.InnerText, quotePrefix));
                continue;
            }
            Assert.NotNull(cell.CellValue);
            var value = double.Parse(cell.CellValue!.Text, CultureInfo.InvariantCulture);
            var code = numberFormats.GetValueOrDefault(format.NumberFormatId?.Value ?? 0, string.Empty);
            cells.Add(code.Contains("yyyy", StringComparison.Ordinal)
                ? code.Contains("hh", StringComparison.Ordinal)
                    ? new(cell.CellReference!.Value!, "date-time", DateTime.FromOADate(value).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), quotePrefix)
                    : new(cell.CellReference!.Value!, "date", DateTime.FromOADate(value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), quotePrefix)
                : new(cell.CellReference!.Value!, $"number [{code}]", value.ToString(CultureInfo.InvariantCulture), quotePrefix));
        }
        return cells;
    }

    internal static string SpreadsheetText(byte[] workbook) =>
        string.Join("\n", Cells(workbook).Select(cell => $"{cell.Reference} {cell.Type}{(cell.QuotePrefix ? " (quote prefix)" : string.Empty)}: {Escape(cell.Value)}"));

    /// <summary>The document's paragraphs in order, each with its style; table rows as "| cell | cell |", a cell's paragraphs joined by " / ".</summary>
    internal static string DocumentText(byte[] document)
    {
        using var stream = new MemoryStream(document);
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        var main = word.MainDocumentPart!;
        var text = new StringBuilder();
        text.Append("[header] ").Append(string.Join(" ", main.HeaderParts.Select(part => part.Header!.InnerText))).Append('\n');
        text.Append("[footer] ").Append(string.Join(" ", main.FooterParts.Select(part => string.Concat(part.Footer!.Descendants().Select(element => element switch
        {
            Word.SimpleField field => "{" + field.Instruction!.Value!.Trim() + "}",
            Word.Text run when run.Ancestors<Word.SimpleField>().Any() => string.Empty,
            Word.Text run => run.Text,
            _ => string.Empty,
        }))))).Append('\n');
        foreach (var element in main.Document!.Body!.ChildElements)
        {
            switch (element)
            {
                case Word.Paragraph paragraph:
                    var style = paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value;
                    var pageBreak = paragraph.ParagraphProperties?.PageBreakBefore is not null ? " (new page)" : string.Empty;
                    text.Append(style is null ? string.Empty : $"[{style}{pageBreak}] ").Append(paragraph.InnerText).Append('\n');
                    break;
                case Word.Table table:
                    foreach (var row in table.Elements<Word.TableRow>())
                    {
                        var repeats = row.TableRowProperties?.GetFirstChild<Word.TableHeader>() is not null ? " (heading row, repeats)" : string.Empty;
                        text.Append("| ").Append(string.Join(" | ", row.Elements<Word.TableCell>().Select(cell =>
                            string.Join(" / ", cell.Elements<Word.Paragraph>().Select(paragraph => paragraph.InnerText).Where(part => part.Length > 0)))))
                            .Append(" |").Append(repeats).Append('\n');
                    }
                    break;
                case Word.SectionProperties section:
                    var size = section.GetFirstChild<Word.PageSize>()!;
                    text.Append(CultureInfo.InvariantCulture, $"[page] {size.Width!.Value} × {size.Height!.Value} twips, {size.Orient!.Value}\n");
                    break;
            }
        }
        return text.ToString();
    }

    private static string Escape(string value) => value.Replace("\n", "\\n", StringComparison.Ordinal).Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal);
}

/// <summary>One cell read back from a workbook.</summary>
internal sealed record SpreadsheetCell(string Reference, string Type, string Value, bool QuotePrefix);
