namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// Where the private fostering register is kept. It checks nothing and logs nothing: people read and
/// write the register through <see cref="PrivateFosteringRegister"/>, which checks their permission
/// and logs every record they are shown. The Entity Framework Core package keeps it in a database;
/// <see cref="InMemoryPrivateFosteringRepository"/> keeps it in memory.
/// </summary>
public interface IPrivateFosteringRepository
{
    /// <summary>Lists every record, by the arrangement's start and then reference.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records, each with its visits.</returns>
    Task<IReadOnlyList<PrivateFosteringRecord>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets whether the register holds no record, without reading the records.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when the register holds no record.</returns>
    /// <remarks>A store that does not answer this more cheaply lists the records (<see cref="ListAsync"/>).</remarks>
    async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        (await ListAsync(cancellationToken).ConfigureAwait(false)).Count == 0;

    /// <summary>Gets one record.</summary>
    /// <param name="reference">The child's case reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <c>null</c> when the register holds none with that reference.</returns>
    Task<PrivateFosteringRecord?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default);

    /// <summary>Adds a record with its visits.</summary>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c>, or <c>false</c> when a record with the same reference is already kept (nothing was added).</returns>
    Task<bool> AddAsync(PrivateFosteringRecord record, CancellationToken cancellationToken = default);

    /// <summary>Replaces the facts of an arrangement (such as its end), keeping its visits.</summary>
    /// <param name="arrangement">The arrangement as it now stands.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c>, or <c>false</c> when the register holds no record with that reference.</returns>
    Task<bool> ReplaceArrangementAsync(PrivateFosteringArrangement arrangement, CancellationToken cancellationToken = default);

    /// <summary>Adds a visit to a record. Safe with two people recording at once: each visit is kept, and a second visit on the same day is refused.</summary>
    /// <param name="reference">The child's case reference.</param>
    /// <param name="visit">The visit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when added; <c>false</c> when a visit on that day is already recorded; <c>null</c> when there is no such record.</returns>
    Task<bool?> AddVisitAsync(CaseReference reference, PrivateFosteringVisit visit, CancellationToken cancellationToken = default);
}
