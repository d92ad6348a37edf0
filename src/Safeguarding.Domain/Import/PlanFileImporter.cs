using System.Text.Json;
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
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = System.Text.Json.Serialization.JsonUnmappedMemberHandling.Disallow,
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = false,
        PropertyNameCaseInsensitive = false,
        RespectNullableAnnotations = true,
    };

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
        if (utf8Json.StartsWith("\uFEFF"u8))
        {
            utf8Json = utf8Json[3..];
        }

        PlanFileDocument? document;
        try
        {
            document = JsonSerializer.Deserialize<PlanFileDocument>(utf8Json, Options);
        }
        catch (JsonException exception)
        {
            throw new PlanFileException([new PlanFileError(fileName, exception.Path ?? "$", exception.LineNumber + 1, Reword(exception))]);
        }
        if (document is null)
        {
            throw new PlanFileException([new PlanFileError(fileName, "$", 1, "expected a JSON object with \"source\", \"board\" and \"plan\", but found null")]);
        }

        var reader = new PlanFileReader();
        var plan = reader.Read(document, KeyFor(fileName));
        if (reader.Problems.Count > 0)
        {
            var lines = JsonLineLocator.Locate(utf8Json, [.. reader.Problems.Select(problem => problem.Path)]);
            throw new PlanFileException([.. reader.Problems.Select(problem =>
                new PlanFileError(fileName, problem.Path, lines.TryGetValue(problem.Path, out var line) ? line : null, problem.Message))]);
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

    private static string Reword(JsonException exception)
    {
        var message = exception.Message;
        var missing = MissingRequired().Match(message);
        if (missing.Success)
        {
            return $"expected the required field(s) {missing.Groups["names"].Value.Trim().TrimEnd('.')}, but they are missing";
        }
        var unknown = UnknownMember().Match(message);
        if (unknown.Success)
        {
            return $"unknown field \"{unknown.Groups["name"].Value}\": expected only the fields documented in seeds/README.md (check its spelling)";
        }
        var conversion = ConversionFailed().Match(message);
        if (conversion.Success)
        {
            return $"expected {Describe(conversion.Groups["type"].Value)} here";
        }
        var cut = message.IndexOf(" Path:", StringComparison.Ordinal);
        return "malformed JSON: " + (cut > 0 ? message[..cut] : message);
    }

    private static string Describe(string clrType) => clrType switch
    {
        var type when type.Contains("String", StringComparison.Ordinal) => "text in double quotes",
        var type when type.Contains("Int32", StringComparison.Ordinal) => "a whole number",
        var type when type.Contains("Boolean", StringComparison.Ordinal) => "true or false",
        var type when type.Contains("List", StringComparison.Ordinal) => "a list in square brackets",
        var type when type.Contains("Dictionary", StringComparison.Ordinal) => "an object of dimension ids and level codes",
        _ => "an object in curly brackets",
    };

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotKeyCharacters();

    [GeneratedRegex("missing required properties including: (?<names>.+?)(?:\\. Path|$)", RegexOptions.Singleline)]
    private static partial Regex MissingRequired();

    [GeneratedRegex("The JSON property '(?<name>[^']*)' could not be mapped")]
    private static partial Regex UnknownMember();

    [GeneratedRegex("could not be converted to (?<type>[^.]+(?:\\.[^.\\s]+)*)\\.")]
    private static partial Regex ConversionFailed();
}
