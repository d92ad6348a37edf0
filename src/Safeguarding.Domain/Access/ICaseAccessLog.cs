namespace Safeguarding.Domain.Access;

/// <summary>
/// Where every read and write of a case record is logged: who, when and which case reference, never
/// the content. The registers (<see cref="Allegations.AllegationRegister"/>,
/// <see cref="PrivateFostering.PrivateFosteringRegister"/>) write to it before they return a record,
/// so a record whose reading could not be logged is not shown. The Entity Framework Core package
/// keeps it in a table of its own; <see cref="InMemoryCaseAccessLog"/> keeps it in memory.
/// </summary>
public interface ICaseAccessLog
{
    /// <summary>Adds entries to the log, all or none.</summary>
    /// <param name="entries">The entries.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the entries are kept.</returns>
    Task RecordAsync(IReadOnlyList<CaseAccess> entries, CancellationToken cancellationToken = default);

    /// <summary>Lists the entries of one register, oldest first, optionally for one case only.</summary>
    /// <param name="caseRegister">The register.</param>
    /// <param name="reference">The case, or <c>null</c> for every case.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The entries.</returns>
    Task<IReadOnlyList<CaseAccess>> ListAsync(CaseRegister caseRegister, CaseReference? reference = null, CancellationToken cancellationToken = default);
}
