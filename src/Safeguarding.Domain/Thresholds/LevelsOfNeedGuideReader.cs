using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// Reads a Levels of Need guide file (the format in seeds/README.md). A file with any problem is
/// rejected whole: the <see cref="DataFileException"/> names the file, the JSON path and what was
/// expected for every problem found.
/// </summary>
public static class LevelsOfNeedGuideReader
{
    /// <summary>Reads a guide file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The guide.</returns>
    /// <exception cref="DataFileException">The file is not a valid guide.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static LevelsOfNeedGuide ReadFile(string path)
    {
        Preconditions.CheckNotBlank(path);
        return Read(File.ReadAllBytes(path), Path.GetFileName(path));
    }

    /// <summary>Reads a guide file's content.</summary>
    /// <param name="utf8Json">The content, UTF-8 encoded (a byte order mark is allowed).</param>
    /// <param name="fileName">The file's name, used in error messages.</param>
    /// <returns>The guide.</returns>
    /// <exception cref="DataFileException">The content is not a valid guide.</exception>
    public static LevelsOfNeedGuide Read(ReadOnlySpan<byte> utf8Json, string fileName)
    {
        var guide = DataFileJson.Deserialize<LevelsOfNeedGuide>(utf8Json, fileName, "a Levels of Need guide with \"area\", \"title\", \"source\", \"levels\" and \"indicators\"");
        DataFileJson.ThrowIfAny(utf8Json, fileName, guide.FindProblems());
        return guide;
    }
}
