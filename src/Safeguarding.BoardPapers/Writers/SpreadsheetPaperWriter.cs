using System.Globalization;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Spreadsheet;

namespace Safeguarding.BoardPapers.Writers;

/// <summary>
/// Writes a board paper as an Excel workbook (.xlsx, with the Open XML SDK) of typed cells: dates
/// are real dates, numbers are numbers, a rating is its words. One sheet: the title, the board,
/// the as-at date (and "as it stood on") and the notes at the top, then the table with its group in
/// the first column, a filter on every column and the headings frozen.
/// </summary>
/// <remarks>
/// Text is always written as text, never as a formula; text a spreadsheet would read as a formula if
/// retyped or saved as CSV (<see cref="SpreadsheetSafety"/>) is also marked with Excel's quote prefix.
/// </remarks>
public static class SpreadsheetPaperWriter
{
    /// <summary>The sheet's name.</summary>
    public const string SheetName = "Board paper";

    private const uint Bold = 1;
    private const uint Wrapped = 2;
    private const uint WrappedQuotePrefix = 3;
    private const uint LongDate = 4;
    private const uint DateAndTime = 5;
    private const uint FirstNumberStyle = 6;

    /// <summary>Writes the paper to a stream.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="stream">Where to write; left open. It must be seekable (a <see cref="MemoryStream"/> will do).</param>
    public static void Write(BoardPaper paper, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(stream);
        var numberFormats = new List<string>();
        var rows = new List<Row>();
        var rowIndex = 0u;

        Row NewRow()
        {
            var row = new Row { RowIndex = ++rowIndex };
            rows.Add(row);
            return row;
        }

        NewRow().Append(TextCell(1, rowIndex, paper.Title, Bold));
        AddPair("Board", TextCell(2, rowIndex + 1, paper.Board, Wrapped));
        if (paper.Subject is { } subject)
        {
            AddPair("About", TextCell(2, rowIndex + 1, subject, Wrapped));
        }
        AddPair("As at", DateCell(2, rowIndex + 1, paper.AsAt));
        if (paper.AsItStoodOn is { } instant)
        {
            AddPair("As it stood on", NumberCell(2, rowIndex + 1, PaperText.InUkTime(instant).ToDateTimeUnspecified().ToOADate(), DateAndTime));
        }
        foreach (var note in paper.Notes)
        {
            NewRow().Append(TextCell(1, rowIndex, note, 0));
        }
        rowIndex++;
        var headerRow = NewRow();
        var headingIndex = rowIndex;
        headerRow.Append(TextCell(1, rowIndex, paper.GroupColumn, Bold));
        for (var i = 0; i < paper.Columns.Count; i++)
        {
            headerRow.Append(TextCell(i + 2, rowIndex, paper.Columns[i].Heading, Bold));
        }
        foreach (var group in paper.Groups)
        {
            foreach (var paperRow in group.Rows)
            {
                var row = NewRow();
                row.Append(TextCell(1, rowIndex, group.Label, Wrapped));
                for (var i = 0; i < paperRow.Cells.Count; i++)
                {
                    row.Append(ValueCell(i + 2, rowIndex, paperRow.Cells[i]));
                }
            }
        }

        using var document = SpreadsheetDocument.Create(stream, SpreadsheetDocumentType.Workbook);
        var workbookPart = document.AddWorkbookPart();
        workbookPart.Workbook = new Workbook();
        workbookPart.AddNewPart<WorkbookStylesPart>().Stylesheet = Styles(numberFormats);
        var sheetPart = workbookPart.AddNewPart<WorksheetPart>();
        var lastColumn = ColumnName(paper.Columns.Count + 1);
        var worksheet = new Worksheet(
            new SheetViews(new SheetView(new Pane
            {
                VerticalSplit = headingIndex,
                TopLeftCell = $"A{headingIndex + 1}",
                ActivePane = PaneValues.BottomLeft,
                State = PaneStateValues.Frozen,
            }) { WorkbookViewId = 0 }),
            new Columns([new Column { Min = 1, Max = 1, Width = 22, CustomWidth = true },
                .. paper.Columns.Select((column, index) => new Column { Min = (uint)index + 2, Max = (uint)index + 2, Width = Math.Min(80, 12 * column.Width), CustomWidth = true })]),
            new SheetData(rows),
            new AutoFilter { Reference = $"A{headingIndex}:{lastColumn}{Math.Max(rowIndex, headingIndex)}" });
        sheetPart.Worksheet = worksheet;
        workbookPart.Workbook.AppendChild(new Sheets(new Sheet { Id = workbookPart.GetIdOfPart(sheetPart), SheetId = 1, Name = SheetName }));
        // The filter's range, as Excel itself records it.
        workbookPart.Workbook.AppendChild(new DefinedNames(new DefinedName($"'{SheetName}'!$A${headingIndex}:${lastColumn}${Math.Max(rowIndex, headingIndex)}")
        {
            Name = "_xlnm._FilterDatabase",
            LocalSheetId = 0,
            Hidden = true,
        }));

        void AddPair(string label, Cell value)
        {
            NewRow().Append(TextCell(1, rowIndex, label, Bold), value);
        }

        Cell ValueCell(int column, uint row, PaperCell cell)
        {
            if (cell.Missing is not null || cell.Kind is PaperCellKind.Text or PaperCellKind.Rating)
            {
                return TextCell(column, row, cell.ToPlainText(), Wrapped);
            }
            return cell.Kind == PaperCellKind.Date
                ? DateCell(column, row, cell.Date!.Value)
                : NumberCell(column, row, (double)Math.Round(cell.Number!.Value, cell.DecimalPlaces, MidpointRounding.AwayFromZero), NumberStyle(cell));
        }

        uint NumberStyle(PaperCell cell)
        {
            var format = "#,##0" + (cell.DecimalPlaces > 0 ? "." + new string('0', cell.DecimalPlaces) : string.Empty) + (cell.Unit is { } unit ? $"\"{unit.Replace("\"", string.Empty, StringComparison.Ordinal)}\"" : string.Empty);
            var index = numberFormats.IndexOf(format);
            if (index < 0)
            {
                numberFormats.Add(format);
                index = numberFormats.Count - 1;
            }
            return FirstNumberStyle + (uint)index;
        }
    }

    private static Cell TextCell(int column, uint row, string text, uint style) => new()
    {
        CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
        DataType = CellValues.InlineString,
        StyleIndex = SpreadsheetSafety.CouldRunAsFormula(text) ? WrappedQuotePrefix : style,
        InlineString = new InlineString(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }),
    };

    private static Cell DateCell(int column, uint row, LocalDate date) =>
        NumberCell(column, row, date.ToDateTimeUnspecified().ToOADate(), LongDate);

    private static Cell NumberCell(int column, uint row, double value, uint style) => new()
    {
        CellReference = ColumnName(column) + row.ToString(CultureInfo.InvariantCulture),
        StyleIndex = style,
        CellValue = new CellValue(value),
    };

    /// <summary>Gets a column's letters: 1 is A, 27 is AA.</summary>
    internal static string ColumnName(int column)
    {
        var name = string.Empty;
        for (; column > 0; column = (column - 1) / 26)
        {
            name = (char)('A' + ((column - 1) % 26)) + name;
        }
        return name;
    }

    // Styles by index: 0 plain, 1 bold, 2 wrapped text, 3 wrapped text with a quote prefix, 4 a long date,
    // 5 a date and time, then one per number format the paper uses.
    private static Stylesheet Styles(List<string> numberFormats)
    {
        const uint longDateFormat = 164;
        const uint dateTimeFormat = 165;
        const uint firstNumberFormat = 166;
        var top = VerticalAlignmentValues.Top;
        return new Stylesheet(
            new NumberingFormats([
                new NumberingFormat { NumberFormatId = longDateFormat, FormatCode = "d mmmm yyyy" },
                new NumberingFormat { NumberFormatId = dateTimeFormat, FormatCode = "d mmmm yyyy hh:mm" },
                .. numberFormats.Select((format, index) => new NumberingFormat { NumberFormatId = firstNumberFormat + (uint)index, FormatCode = format })]),
            new Fonts(new Font(new FontSize { Val = 11 }, new FontName { Val = "Calibri" }), new Font(new Bold(), new FontSize { Val = 11 }, new FontName { Val = "Calibri" })),
            new Fills(new Fill(new PatternFill { PatternType = PatternValues.None }), new Fill(new PatternFill { PatternType = PatternValues.Gray125 })),
            new Borders(new Border(new LeftBorder(), new RightBorder(), new TopBorder(), new BottomBorder(), new DiagonalBorder())),
            new CellFormats([
                new CellFormat(),
                new CellFormat(new Alignment { WrapText = true, Vertical = top }) { FontId = 1, ApplyFont = true, ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = top }) { ApplyAlignment = true },
                new CellFormat(new Alignment { WrapText = true, Vertical = top }) { ApplyAlignment = true, QuotePrefix = true },
                new CellFormat(new Alignment { Vertical = top }) { NumberFormatId = longDateFormat, ApplyNumberFormat = true, ApplyAlignment = true },
                new CellFormat(new Alignment { Vertical = top }) { NumberFormatId = dateTimeFormat, ApplyNumberFormat = true, ApplyAlignment = true },
                .. numberFormats.Select((_, index) => new CellFormat(new Alignment { Vertical = top }) { NumberFormatId = firstNumberFormat + (uint)index, ApplyNumberFormat = true, ApplyAlignment = true })]));
    }
}
