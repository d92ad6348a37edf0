namespace Safeguarding.Hub.Clients;

/// <summary>
/// Where the hub keeps its API clients: <see cref="InMemoryApiClientStore"/> (tests, a hub whose
/// clients are registered at start-up) or <see cref="EntityFrameworkApiClientStore"/> (a database).
/// </summary>
public interface IApiClientStore
{
    /// <summary>Finds a client by id.</summary>
    /// <param name="id">The client's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The client (revoked or not), or <c>null</c>.</returns>
    Task<ApiClient?> FindAsync(string id, CancellationToken cancellationToken = default);

    /// <summary>Lists a board's clients, revoked ones included, by name.</summary>
    /// <param name="board">The board's id.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The clients.</returns>
    Task<IReadOnlyList<ApiClient>> ListAsync(string board, CancellationToken cancellationToken = default);

    /// <summary>Adds a client.</summary>
    /// <param name="client">The client; its id must not be in use.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when it is stored.</returns>
    /// <exception cref="InvalidOperationException">A client with the same id is already kept.</exception>
    Task AddAsync(ApiClient client, CancellationToken cancellationToken = default);

    /// <summary>Revokes a client: from then on its key is refused.</summary>
    /// <param name="id">The client's id.</param>
    /// <param name="revokedAt">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when it was revoked now; <c>false</c> when there is no such client or it was revoked already.</returns>
    Task<bool> RevokeAsync(string id, Instant revokedAt, CancellationToken cancellationToken = default);
}
