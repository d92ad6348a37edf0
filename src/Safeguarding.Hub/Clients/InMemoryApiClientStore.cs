using System.Collections.Concurrent;

namespace Safeguarding.Hub.Clients;

/// <summary>Keeps API clients in memory: for tests, and for a hub whose clients are registered at start-up.</summary>
public sealed class InMemoryApiClientStore : IApiClientStore
{
    private readonly ConcurrentDictionary<string, ApiClient> _clients = new(StringComparer.Ordinal);

    /// <inheritdoc/>
    public Task<ApiClient?> FindAsync(string id, CancellationToken cancellationToken = default) =>
        Task.FromResult(_clients.GetValueOrDefault(id ?? throw new ArgumentNullException(nameof(id))));

    /// <inheritdoc/>
    public Task<IReadOnlyList<ApiClient>> ListAsync(string board, CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<ApiClient>>([.. _clients.Values
            .Where(client => string.Equals(client.Board, board, StringComparison.OrdinalIgnoreCase))
            .OrderBy(client => client.Name, StringComparer.Ordinal)]);

    /// <inheritdoc/>
    public Task AddAsync(ApiClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (!_clients.TryAdd(client.Id, client))
        {
            throw new InvalidOperationException($"Expected a new API client id, but \"{client.Id}\" is already kept.");
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<bool> RevokeAsync(string id, Instant revokedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        while (_clients.TryGetValue(id, out var client))
        {
            if (client.IsRevoked)
            {
                return Task.FromResult(false);
            }
            if (_clients.TryUpdate(id, client with { RevokedAt = revokedAt }, client))
            {
                return Task.FromResult(true);
            }
        }
        return Task.FromResult(false);
    }
}
