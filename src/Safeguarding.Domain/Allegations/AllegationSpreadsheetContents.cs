using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Allegations;

/// <summary>What <see cref="AllegationSpreadsheet.Read(Stream, string, LocalDate)"/> found in a file: its cases, or every problem with its line and column.</summary>
public sealed class AllegationSpreadsheetContents
{
    internal AllegationSpreadsheetContents(string fileName, IReadOnlyList<AllegationCase> cases, IReadOnlyDictionary<CaseReference, long> lines, IReadOnlyList<SpreadsheetError> errors,
        int referenceColumnIndex = 0, string referenceHeading = "reference")
    {
        ReferenceColumnIndex = referenceColumnIndex;
        ReferenceHeading = referenceHeading;
        FileName = fileName;
        Cases = errors.Count == 0 ? cases : [];
        Lines = lines;
        Errors = errors;
    }

    /// <summary>Gets the file's name, as given.</summary>
    public string FileName { get; }

    /// <summary>Gets the cases, in the file's order; empty when the file has any problem, since nothing from such a file is imported.</summary>
    public IReadOnlyList<AllegationCase> Cases { get; }

    /// <summary>Gets every problem found, in the file's order, each with its line and column.</summary>
    public IReadOnlyList<SpreadsheetError> Errors { get; }

    /// <summary>Gets a value indicating whether the file has no problem.</summary>
    public bool IsValid => Errors.Count == 0;

    /// <summary>Gets the index (from 0) of the reference column.</summary>
    internal int ReferenceColumnIndex { get; }

    /// <summary>Gets the reference column's heading as the file writes it.</summary>
    internal string ReferenceHeading { get; }

    /// <summary>Gets the line each case's row starts on.</summary>
    internal IReadOnlyDictionary<CaseReference, long> Lines { get; }

    /// <summary>Gets the line a case's row starts on.</summary>
    /// <param name="reference">The case's reference.</param>
    /// <returns>The line, or <c>null</c> when the file holds no such case.</returns>
    public long? LineOf(CaseReference reference) => Lines.TryGetValue(reference, out var line) ? line : null;
}
