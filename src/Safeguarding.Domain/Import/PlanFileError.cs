namespace Safeguarding.Domain.Import;

/// <summary>One problem found in a plan file: where it is and what was expected.</summary>
/// <param name="FileName">The file's name or path, as given to the importer.</param>
/// <param name="JsonPath">Where in the file, such as "$.plan.priorities[0].actionAreas[2].actions[1].timescale".</param>
/// <param name="LineNumber">The line (from 1), or <c>null</c> when it cannot be placed.</param>
/// <param name="Message">What was wrong and what was expected.</param>
public sealed record PlanFileError(string FileName, string JsonPath, long? LineNumber, string Message)
{
    /// <summary>Returns the error as one line: file, line, path and message.</summary>
    /// <returns>Such as "plan.json, line 12 ($.plan.title): expected some text".</returns>
    public override string ToString() =>
        LineNumber is { } line ? $"{FileName}, line {line} ({JsonPath}): {Message}" : $"{FileName} ({JsonPath}): {Message}";
}
