using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace Safeguarding.BoardPapers.Writers;

/// <summary>
/// Writes a board paper as a Word document (.docx, with the Open XML SDK) in the board's own layout —
/// the layout of seed 001, the May 2009 exception report: the title, then each group under its
/// heading (such as "Actions to be completed by the end of February 2009") with a table of the
/// printed columns, a rating as its symbol and words. A4 landscape; each group starts a page; the
/// table's heading row repeats on every page; the board, the title and the as-at date head every
/// page and "Page n of m" foots it. Headings use Word's heading styles, so the navigation pane and
/// screen readers find them.
/// </summary>
public static class DocumentPaperWriter
{
    // A4 landscape in twentieths of a point, with 15 mm margins.
    private const int PageWidth = 16838;
    private const int PageHeight = 11906;
    private const int Margin = 850;

    /// <summary>Writes the paper to a stream.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="stream">Where to write; left open. It must be seekable (a <see cref="MemoryStream"/> will do).</param>
    public static void Write(BoardPaper paper, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(stream);
        using var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document);
        document.PackageProperties.Title = paper.Title;
        document.PackageProperties.Creator = paper.Board;
        document.PackageProperties.Language = "en-GB";
        var main = document.AddMainDocumentPart();
        main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
        var header = main.AddNewPart<HeaderPart>();
        header.Header = new Header(Paragraph(paper.RunningHeader, "Header"));
        var footer = main.AddNewPart<FooterPart>();
        footer.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "Footer" }, new Justification { Val = JustificationValues.Right }),
            new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));

        var body = new Body();
        body.Append(Paragraph(paper.Board, "Subtitle"));
        body.Append(Paragraph(paper.Title, "Title"));
        if (paper.Subject is { } subject)
        {
            body.Append(Paragraph(subject, "Subtitle"));
        }
        if (paper.AsItStoodOnText is { } stood)
        {
            body.Append(Paragraph($"As it stood on {stood}: reproduces the paper as it was then, without anything recorded since.", null));
        }
        foreach (var note in paper.Notes)
        {
            body.Append(Paragraph(note, null));
        }
        if (paper.Groups.Count == 0)
        {
            body.Append(Paragraph(paper.EmptyMessage, null));
        }
        var columns = paper.PrintedColumns;
        var indexes = columns.Select(column => IndexOf(paper, column)).ToList();
        var totalWidth = columns.Sum(column => column.Width);
        var widths = columns.Select(column => (PageWidth - (2 * Margin)) * column.Width / totalWidth).ToList();
        for (var g = 0; g < paper.Groups.Count; g++)
        {
            var group = paper.Groups[g];
            var heading = Paragraph(group.Heading, "Heading1");
            if (g > 0)
            {
                heading.ParagraphProperties!.Append(new PageBreakBefore());
            }
            body.Append(heading);
            var table = new Table(
                new TableProperties(
                    new TableWidth { Type = TableWidthUnitValues.Pct, Width = "5000" },
                    new TableBorders(
                        new TopBorder { Val = BorderValues.Single, Size = 4 },
                        new LeftBorder { Val = BorderValues.Single, Size = 4 },
                        new BottomBorder { Val = BorderValues.Single, Size = 4 },
                        new RightBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
                        new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 }),
                    new TableLayout { Type = TableLayoutValues.Fixed },
                    new TableCaption { Val = group.Heading }),
                new TableGrid(widths.Select(width => new GridColumn { Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) })));
            var headingRow = new TableRow(new TableRowProperties(new TableHeader(), new CantSplit()));
            for (var c = 0; c < columns.Count; c++)
            {
                headingRow.Append(Cell(widths[c], [Paragraph(columns[c].Heading, "TableHeading")], shaded: true));
            }
            table.Append(headingRow);
            foreach (var row in group.Rows)
            {
                var tableRow = new TableRow(new TableRowProperties(new CantSplit()));
                for (var c = 0; c < columns.Count; c++)
                {
                    tableRow.Append(Cell(widths[c], CellParagraphs(row.Cells[indexes[c]]), shaded: false));
                }
                table.Append(tableRow);
            }
            body.Append(table);
        }
        body.Append(new SectionProperties(
            new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
            new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) },
            new PageSize { Width = PageWidth, Height = PageHeight, Orient = PageOrientationValues.Landscape },
            new PageMargin { Top = Margin, Bottom = Margin, Left = (uint)Margin, Right = (uint)Margin, Header = 425, Footer = 425 }));
        main.Document = new Document(body);
    }

    private static int IndexOf(BoardPaper paper, PaperColumn column)
    {
        for (var i = 0; i < paper.Columns.Count; i++)
        {
            if (ReferenceEquals(paper.Columns[i], column))
            {
                return i;
            }
        }
        throw new InvalidOperationException($"Expected the column \"{column.Heading}\" among the paper's columns.");
    }

    private static IEnumerable<Paragraph> CellParagraphs(PaperCell cell)
    {
        if (cell.Missing is { } missing)
        {
            return [Paragraph(missing, "Missing")];
        }
        return cell.Kind switch
        {
            PaperCellKind.Text when cell.Bulleted => cell.Lines.Select(line => Paragraph("▪ " + line, "ListParagraph")),
            PaperCellKind.Text => cell.Lines.Count == 0 ? [Paragraph(string.Empty, null)] : cell.Lines.Select(line => Paragraph(line, null)),
            PaperCellKind.Rating => cell.Rating!.PrintedLines.Select((line, index) => Paragraph(line, index == 0 ? "Rating" : null)),
            _ => [Paragraph(cell.ToDisplayText(), null)],
        };
    }

    private static TableCell Cell(int width, IEnumerable<Paragraph> paragraphs, bool shaded)
    {
        var properties = new TableCellProperties(new TableCellWidth { Type = TableWidthUnitValues.Dxa, Width = width.ToString(System.Globalization.CultureInfo.InvariantCulture) });
        if (shaded)
        {
            properties.Append(new Shading { Val = ShadingPatternValues.Clear, Fill = "E8E8E8", Color = "auto" });
        }
        return new TableCell([properties, .. paragraphs]);
    }

    private static Paragraph Paragraph(string text, string? style)
    {
        var properties = new ParagraphProperties();
        if (style is not null)
        {
            properties.Append(new ParagraphStyleId { Val = style });
        }
        return new Paragraph(properties, new Run(new Text(XmlText.Clean(text)) { Space = SpaceProcessingModeValues.Preserve }));
    }

    private static Styles Styles()
    {
        static Style ParagraphStyle(string id, string name, bool bold, int halfPoints, int spaceAfter, bool isHeading = false, bool italic = false)
        {
            var run = new StyleRunProperties();
            if (bold)
            {
                run.Append(new Bold());
            }
            if (italic)
            {
                run.Append(new Italic());
            }
            run.Append(new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            var paragraph = new StyleParagraphProperties(new SpacingBetweenLines { After = spaceAfter.ToString(System.Globalization.CultureInfo.InvariantCulture) });
            if (isHeading)
            {
                paragraph.Append(new KeepNext(), new OutlineLevel { Val = 0 });
            }
            return new Style(new StyleName { Val = name }, new BasedOn { Val = "Normal" }, new PrimaryStyle(), paragraph, run)
            {
                Type = StyleValues.Paragraph,
                StyleId = id,
            };
        }

        return new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = "Arial", HighAnsi = "Arial", ComplexScript = "Arial", EastAsia = "Arial" },
                    new FontSize { Val = "20" },
                    new Languages { Val = "en-GB" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(new SpacingBetweenLines { After = "60", Line = "252", LineRule = LineSpacingRuleValues.Auto }))),
            new Style(new StyleName { Val = "Normal" }, new PrimaryStyle()) { Type = StyleValues.Paragraph, StyleId = "Normal", Default = true },
            ParagraphStyle("Title", "Title", bold: true, halfPoints: 32, spaceAfter: 120),
            ParagraphStyle("Subtitle", "Subtitle", bold: false, halfPoints: 24, spaceAfter: 120),
            ParagraphStyle("Heading1", "heading 1", bold: true, halfPoints: 26, spaceAfter: 120, isHeading: true),
            ParagraphStyle("TableHeading", "Table Heading", bold: true, halfPoints: 20, spaceAfter: 0),
            ParagraphStyle("Rating", "Rating", bold: true, halfPoints: 20, spaceAfter: 0),
            ParagraphStyle("Missing", "Missing figure", bold: false, halfPoints: 20, spaceAfter: 0, italic: true),
            ParagraphStyle("ListParagraph", "List Paragraph", bold: false, halfPoints: 20, spaceAfter: 0),
            ParagraphStyle("Header", "header", bold: false, halfPoints: 16, spaceAfter: 0),
            ParagraphStyle("Footer", "footer", bold: false, halfPoints: 16, spaceAfter: 0));
    }
}
