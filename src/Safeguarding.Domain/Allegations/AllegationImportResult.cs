using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Allegations;

/// <summary>What happened to a spreadsheet imported into the allegations register (<see cref="AllegationRegister.ImportAsync"/>).</summary>
/// <param name="Status">Stored, or why nothing was: <see cref="RegisterChangeStatus.Invalid"/> for a file with problems, <see cref="RegisterChangeStatus.AlreadyInRegister"/> for cases already held.</param>
/// <param name="Imported">The references of the cases imported; empty when nothing was.</param>
/// <param name="Errors">Every problem, each with its line and column; empty when the file was imported.</param>
public sealed record AllegationImportResult(RegisterChangeStatus Status, IReadOnlyList<CaseReference> Imported, IReadOnlyList<SpreadsheetError> Errors)
{
    /// <summary>Gets a value indicating whether the file was imported.</summary>
    public bool IsStored => Status == RegisterChangeStatus.Stored;
}
