using System.Text;

namespace Safeguarding.BoardPapers.Writers;

/// <summary>Writes a board paper in any of its formats with the writer of that format: the one place hosts turn a paper into a file.</summary>
public static class PaperWriter
{
    /// <summary>Writes the paper.</summary>
    /// <param name="paper">The paper.</param>
    /// <param name="format">The format.</param>
    /// <param name="stylesheetHref">For the print view: where its stylesheet is served (<see cref="PrintPaperWriter.Write"/>), or <c>null</c> to put it in the page.</param>
    /// <returns>The file, its media type and its name.</returns>
    public static WrittenPaper Write(BoardPaper paper, PaperFormat format, string? stylesheetHref = null)
    {
        ArgumentNullException.ThrowIfNull(paper);
        byte[] content;
        if (format == PaperFormat.Print)
        {
            content = Encoding.UTF8.GetBytes(PrintPaperWriter.Write(paper, stylesheetHref));
        }
        else
        {
            using var stream = new MemoryStream();
            switch (format)
            {
                case PaperFormat.Csv:
                    CsvPaperWriter.Write(paper, stream);
                    break;
                case PaperFormat.Spreadsheet:
                    SpreadsheetPaperWriter.Write(paper, stream);
                    break;
                case PaperFormat.Document:
                    DocumentPaperWriter.Write(paper, stream);
                    break;
                default:
                    throw new ArgumentOutOfRangeException(nameof(format), format, "Expected a defined paper format.");
            }
            content = stream.ToArray();
        }
        return new WrittenPaper(content, format.MediaType(), paper.FileName(format));
    }
}
