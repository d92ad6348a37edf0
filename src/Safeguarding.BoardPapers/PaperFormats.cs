namespace Safeguarding.BoardPapers;

/// <summary>File extensions and media types of <see cref="PaperFormat"/>.</summary>
public static class PaperFormats
{
    /// <summary>Gets the file extension, without the dot.</summary>
    /// <param name="format">The format.</param>
    /// <returns>"csv", "xlsx", "docx" or "html".</returns>
    public static string Extension(this PaperFormat format) => format switch
    {
        PaperFormat.Csv => "csv",
        PaperFormat.Spreadsheet => "xlsx",
        PaperFormat.Document => "docx",
        PaperFormat.Print => "html",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Expected a defined paper format."),
    };

    /// <summary>Gets the media type to serve the format as.</summary>
    /// <param name="format">The format.</param>
    /// <returns>Such as "text/csv; charset=utf-8".</returns>
    public static string MediaType(this PaperFormat format) => format switch
    {
        PaperFormat.Csv => "text/csv; charset=utf-8",
        PaperFormat.Spreadsheet => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        PaperFormat.Document => "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        PaperFormat.Print => "text/html; charset=utf-8",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Expected a defined paper format."),
    };

    /// <summary>Gets the format's name as a person reads it on a link.</summary>
    /// <param name="format">The format.</param>
    /// <returns>"CSV", "Excel", "Word" or "Print view".</returns>
    public static string DisplayName(this PaperFormat format) => format switch
    {
        PaperFormat.Csv => "CSV",
        PaperFormat.Spreadsheet => "Excel",
        PaperFormat.Document => "Word",
        PaperFormat.Print => "Print view",
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "Expected a defined paper format."),
    };

    /// <summary>Reads a format from its file extension.</summary>
    /// <param name="extension">"csv", "xlsx", "docx" or "html", ignoring case.</param>
    /// <param name="format">The format, when the method returns <c>true</c>.</param>
    /// <returns><c>true</c> when the extension is one of the four.</returns>
    public static bool TryParseExtension(string? extension, out PaperFormat format)
    {
        foreach (var candidate in Enum.GetValues<PaperFormat>())
        {
            if (string.Equals(candidate.Extension(), extension, StringComparison.OrdinalIgnoreCase))
            {
                format = candidate;
                return true;
            }
        }
        format = default;
        return false;
    }
}
