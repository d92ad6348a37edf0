using Safeguarding.BoardPapers.Tests.Support;
using Safeguarding.BoardPapers.Writers;

namespace Safeguarding.BoardPapers.Tests.Writers;

/// <summary>
/// Each paper of the seed documents in each format, pinned: CSV as text, the workbook and the Word
/// document read back as cell values and paragraphs (never compared as bytes), and the print view's
/// HTML. A change in wording or figures in any paper is always deliberate.
/// </summary>
public class PaperSnapshotTests
{
    [Theory]
    [MemberData(nameof(SeedPapers.Names), MemberType = typeof(SeedPapers))]
    public void Csv(string name) =>
        TextSnapshot.Verify(CsvPaperWriter.WriteToString(SeedPapers.All[name]()), $"{name}", "csv");

    [Theory]
    [MemberData(nameof(SeedPapers.Names), MemberType = typeof(SeedPapers))]
    public void Spreadsheet(string name)
    {
        using var stream = new MemoryStream();
        SpreadsheetPaperWriter.Write(SeedPapers.All[name](), stream);
        TextSnapshot.Verify(OfficeReadBack.SpreadsheetText(stream.ToArray()), $"{name}.xlsx");
    }

    [Theory]
    [MemberData(nameof(SeedPapers.Names), MemberType = typeof(SeedPapers))]
    public void Document(string name)
    {
        using var stream = new MemoryStream();
        DocumentPaperWriter.Write(SeedPapers.All[name](), stream);
        TextSnapshot.Verify(OfficeReadBack.DocumentText(stream.ToArray()), $"{name}.docx");
    }

    [Theory]
    [MemberData(nameof(SeedPapers.Names), MemberType = typeof(SeedPapers))]
    public void Print(string name) =>
        TextSnapshot.Verify(PrintPaperWriter.Write(SeedPapers.All[name](), "/papers/board-paper.css"), name, "html");
}
