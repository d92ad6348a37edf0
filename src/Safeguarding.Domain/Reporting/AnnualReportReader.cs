using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// Reads an annual report figures file (the format in seeds/README.md). A file with any problem is
/// rejected whole: the <see cref="DataFileException"/> names the file, the JSON path and what was
/// expected.
/// </summary>
public static class AnnualReportReader
{
    /// <summary>Reads an annual report figures file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The report's figures.</returns>
    /// <exception cref="DataFileException">The file is not a valid annual report figures file.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static AnnualReport ReadFile(string path)
    {
        Preconditions.CheckNotBlank(path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads an annual report figures file's content.</summary>
    /// <param name="utf8Json">The content, UTF-8 encoded (a byte order mark is allowed).</param>
    /// <param name="fileName">The file's name, used in error messages.</param>
    /// <returns>The report's figures.</returns>
    /// <exception cref="DataFileException">The content is not a valid annual report figures file.</exception>
    public static AnnualReport Read(ReadOnlySpan<byte> utf8Json, string fileName)
    {
        var report = DataFileJson.Deserialize<AnnualReport>(utf8Json, fileName, "annual report figures with \"board\", \"title\", \"year\", \"source\" and a section per statutory function");
        DataFileJson.ThrowIfAny(utf8Json, fileName, report.FindProblems());
        return report;
    }
}
