using System.Text.RegularExpressions;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Import;

/// <summary>
/// Reads a plan file (the format of seeds/README.md) into a <see cref="BusinessPlan"/>. A file
/// with any problem is rejected whole: nothing of it is returned, and the
/// <see cref="PlanFileException"/> names the file, the line, the JSON path and what was expected
/// for every problem found.
/// </summary>
public static partial class PlanFileImporter
{
    /// <summary>Reads a plan file from disk.</summary>
    /// <param name="path">The file's path.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanFileException">The file is not a valid plan file; nothing was imported.</exception>
    /// <exception cref="IOException">The file could not be read.</exception>
    public static BusinessPlan ImportFile(string path)
    {
        Preconditions.CheckNotBlank(path);
        return Import(File.ReadAllBytes(path), path);
    }

    /// <summary>Reads a plan file's content.</summary>
    /// <param name="utf8Json">The file's content, UTF-8 encoded (a byte order mark is allowed).</param>
    /// <param name="fileName">The file's name, used in error messages and kept as the plan's source.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="PlanFileException">The content is not a valid plan file; nothing was imported.</exception>
    public static BusinessPlan Import(ReadOnlySpan<byte> utf8Json, string fileName)
    {
        Preconditions.CheckNotBlank(fileName);

        // The same strict reading, and the same words for what is wrong, as every other data file.
        PlanFileDocument document;
        try
        {
            document = DataFileJson.Deserialize<PlanFileDocument>(utf8Json, fileName, "a plan with \"source\", \"board\" and \"plan\"");
        }
        catch (DataFileException exception)
        {
            throw new PlanFileException(exception.Errors);
        }

        var reader = new PlanFileReader();
        var plan = reader.Read(document, KeyFor(fileName));
        if (reader.Problems.Count > 0)
        {
            var lines = JsonLineLocator.Locate(utf8Json, [.. reader.Problems.Select(problem => problem.Path)]);
            throw new PlanFileException([.. reader.Problems.Select(problem =>
                new DataFileError(fileName, problem.Path, lines.TryGetValue(problem.Path, out var line) ? line : null, problem.Message))]);
        }
        return plan!;
    }

    /// <summary>Reads every plan file (<c>*.json</c>) in a folder, in file-name order.</summary>
    /// <param name="folder">The folder, such as seeds/plans.</param>
    /// <returns>The plans.</returns>
    /// <exception cref="PlanFileException">A file is not a valid plan file; no plan is returned.</exception>
    public static IReadOnlyList<BusinessPlan> ImportFolder(string folder)
    {
        Preconditions.CheckNotBlank(folder);
        return [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).Select(ImportFile)];
    }

    /// <summary>Gets the key a plan read from a file is given: the file name without its extension, lower-cased, with anything but letters and digits as hyphens.</summary>
    /// <param name="fileName">The file's name or path.</param>
    /// <returns>Such as "hscb-business-plan-2014-15".</returns>
    public static string KeyFor(string fileName)
    {
        Preconditions.CheckNotBlank(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName).ToLowerInvariant();
        return NotKeyCharacters().Replace(stem, "-").Trim('-');
    }

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKeyCharacters();
}
