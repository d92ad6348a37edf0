using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.Tests.Support;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.BoardPapers.Tests.Writers;

/// <summary>Seed 001, the May 2009 exception report, produced again from its data as a Word document in its own layout.</summary>
public class ExceptionReportDocumentTests
{
    // Seed 001's groups, with each row's ref and the symbol in its "RAG rating" column (none where the cell is empty), from 001_5f410cbe6595b4ac.txt.
    public static TheoryData<string, string[]> Seed001Groups() => new()
    {
        { "Actions to be completed by the end of February 2009", ["3.2 / 3.7=★", "3.4=●", "4.9=★"] },
        { "Actions to be completed by the end of March 2009", ["2.2=", "2.3=", "2.6=", "2.7=", "2.8=", "2.15=No data", "2.16=No data", "2.17=", "4.4=●"] },
        {
            "Actions to be completed by the end of April 2009",
            ["1.1=●", "1.2=●", "1.3=● / ★", "2.5=●", "3.1=★", "4.1=★", "4.2=★", "4.6=●", "4.7=●", "4.8=★", "4.10=★", "4.11=★", "4.12=▲", "4.13=●", "4.14=★", "4.15=●"]
        },
    };

    [Theory]
    [MemberData(nameof(Seed001Groups))]
    public void The_May_2009_report_as_a_Word_document_holds_each_month_group_with_its_refs_and_symbols(string heading, string[] rows)
    {
        var tables = GroupsOf(Document(ExceptionReportMode.AllDue));

        Assert.Equal(3, tables.Count);
        Assert.True(tables.ContainsKey(heading), $"Expected a heading \"{heading}\", but found {string.Join("; ", tables.Keys)}");
        var table = tables[heading];
        Assert.Equal(["Ref", "Action", "Lead officer", "Progress statement", "RAG rating"], table[0]);
        Assert.Equal(rows.Select(row => row.Split('=')[0]), table.Skip(1).Select(cells => cells[0]));
        foreach (var (expected, cells) in rows.Zip(table.Skip(1)))
        {
            var symbol = expected.Split('=')[1];
            var rating = cells[4];
            if (symbol.Length > 0)
            {
                Assert.Contains(symbol, rating, StringComparison.Ordinal);
            }
            // Whatever was recorded, the rating is also in words.
            Assert.Matches("(Complete|In progress|Blocked or at risk|No data|Red|Amber|Green|Not rated|Not started)", rating);
        }
    }

    [Fact]
    public void Exceptions_only_keeps_the_three_months_and_leaves_out_what_is_complete()
    {
        var tables = GroupsOf(Document(ExceptionReportMode.ExceptionsOnly));

        Assert.Equal(["Actions to be completed by the end of February 2009", "Actions to be completed by the end of March 2009", "Actions to be completed by the end of April 2009"], tables.Keys);
        var refs = tables.Values.SelectMany(table => table.Skip(1).Select(cells => cells[0])).ToList();
        Assert.Contains("3.4", refs);
        Assert.Contains("4.12", refs);
        Assert.DoesNotContain("3.2 / 3.7", refs);
        Assert.DoesNotContain("4.9", refs);
    }

    [Fact]
    public void Each_month_starts_a_page_and_each_table_repeats_its_heading_row()
    {
        using var stream = new MemoryStream(Document(ExceptionReportMode.AllDue));
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        var body = word.MainDocumentPart!.Document!.Body!;
        var headings = body.Elements<Paragraph>().Where(paragraph => paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1").ToList();

        Assert.Equal([false, true, true], headings.Select(heading => heading.ParagraphProperties!.PageBreakBefore is not null));
        Assert.All(body.Elements<Table>(), table => Assert.NotNull(table.Elements<TableRow>().First().TableRowProperties!.GetFirstChild<TableHeader>()));
        Assert.Equal("Actions due – as at 31 May 2009", word.PackageProperties.Title);
    }

    private static byte[] Document(ExceptionReportMode mode)
    {
        using var stream = new MemoryStream();
        DocumentPaperWriter.Write(ExceptionReportPaper.Create(SeedPapers.Plan(SeedPapers.ExceptionReport2009), SeedPapers.May2009, mode), stream);
        return stream.ToArray();
    }

    // Each Heading 1 and the rows of the table after it, each row's cells as text (a cell's paragraphs joined by a space).
    private static Dictionary<string, List<string[]>> GroupsOf(byte[] document)
    {
        using var stream = new MemoryStream(document);
        using var word = WordprocessingDocument.Open(stream, isEditable: false);
        var groups = new Dictionary<string, List<string[]>>();
        string? heading = null;
        foreach (var element in word.MainDocumentPart!.Document!.Body!.ChildElements)
        {
            if (element is Paragraph paragraph && paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value == "Heading1")
            {
                heading = paragraph.InnerText;
            }
            else if (element is Table table && heading is not null)
            {
                groups[heading] = [.. table.Elements<TableRow>().Select(row => row.Elements<TableCell>()
                    .Select(cell => string.Join(" ", cell.Elements<Paragraph>().Select(part => part.InnerText))).ToArray())];
            }
        }
        return groups;
    }
}
