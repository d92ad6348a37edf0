namespace Safeguarding.Domain.Import;

/// <summary>One problem found in a data file (Levels of Need guide, scorecard, annual report figures).</summary>
/// <param name="FileName">The file's name or path, as given to the reader.</param>
/// <param name="JsonPath">Where in the file, such as "$.indicators[2].level".</param>
/// <param name="LineNumber">The line (from 1), or <c>null</c> when the problem was found after reading and cannot be placed.</param>
/// <param name="Message">What was wrong and what was expected.</param>
public sealed record DataFileError(string FileName, string JsonPath, long? LineNumber, string Message)
{
    /// <summary>Returns the error as one line: file, line, path and message.</summary>
    /// <returns>Such as "guide.json, line 12 ($.levels[0].name): expected some text".</returns>
    public override string ToString() =>
        LineNumber is { } line ? $"{FileName}, line {line} ({JsonPath}): {Message}" : $"{FileName} ({JsonPath}): {Message}";
}
