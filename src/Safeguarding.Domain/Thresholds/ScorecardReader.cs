using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// Reads a scorecard file (the format in seeds/README.md). A file with any problem is rejected
/// whole: the <see cref="DataFileException"/> names the file, the JSON path and what was expected.
/// </summary>
public static class ScorecardReader
{
    /// <summary>Reads a scorecard file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="DataFileException">The file is not a valid scorecard.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static Scorecard ReadFile(string path)
    {
        Preconditions.CheckNotBlank(path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads a scorecard file's content.</summary>
    /// <param name="utf8Json">The content, UTF-8 encoded (a byte order mark is allowed).</param>
    /// <param name="fileName">The file's name, used in error messages.</param>
    /// <returns>The scorecard.</returns>
    /// <exception cref="DataFileException">The content is not a valid scorecard.</exception>
    public static Scorecard Read(ReadOnlySpan<byte> utf8Json, string fileName)
    {
        var scorecard = DataFileJson.Deserialize<Scorecard>(utf8Json, fileName, "a scorecard with \"title\", \"board\", \"year\", \"source\" and \"indicators\"");
        DataFileJson.ThrowIfAny(utf8Json, fileName, scorecard.FindProblems());
        return scorecard;
    }
}
