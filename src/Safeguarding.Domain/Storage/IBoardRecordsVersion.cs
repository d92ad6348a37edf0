namespace Safeguarding.Domain.Storage;

/// <summary>
/// Tells whether anything the board's store holds has changed: plans, progress and reviews, the
/// case registers. A host keeps what it derives from the store (a rendered page, say) with the
/// version it was derived from, and uses it again only while the version read now is the same.
/// </summary>
/// <remarks>
/// The Entity Framework Core package reads it on a SQLite file from SQLite's own count of commits
/// (<c>PRAGMA data_version</c>), which sees a change committed by this process or any other.
/// </remarks>
public interface IBoardRecordsVersion
{
    /// <summary>Reads the store's version now.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>
    /// A value that differs from every earlier one once anything has been committed to the store
    /// since it was read, whoever committed it; or <c>null</c> when this store cannot tell, and
    /// nothing derived from it may be kept.
    /// </returns>
    ValueTask<string?> ReadAsync(CancellationToken cancellationToken = default);
}
