using System.Data.Common;
using Microsoft.EntityFrameworkCore;

namespace Safeguarding.Hub.Clients;

/// <summary>Keeps API clients with Entity Framework Core, in <see cref="ApiClientDbContext"/>'s one table.</summary>
/// <param name="context">The context (scoped, as Entity Framework registers it).</param>
public sealed class EntityFrameworkApiClientStore(ApiClientDbContext context) : IApiClientStore
{
    /// <summary>
    /// Creates the clients' table when the database has none, leaving every other table alone (a
    /// database shared with the plans, or with the host's sign-in, keeps its own). Call it at start-up.
    /// </summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when the table was created now.</returns>
    public async Task<bool> EnsureTableAsync(CancellationToken cancellationToken = default)
    {
        try
        {
            await context.Clients.AnyAsync(cancellationToken).ConfigureAwait(false);
            return false;
        }
        catch (DbException)
        {
            await context.Database.ExecuteSqlRawAsync(context.Database.GenerateCreateScript(), cancellationToken).ConfigureAwait(false);
            return true;
        }
    }

    /// <inheritdoc/>
    public async Task<ApiClient?> FindAsync(string id, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var record = await context.Clients.AsNoTracking().FirstOrDefaultAsync(client => client.Id == id, cancellationToken).ConfigureAwait(false);
        return record?.ToClient();
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<ApiClient>> ListAsync(string board, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(board);
        var records = await context.Clients.AsNoTracking().Where(client => client.Board == board).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.Select(record => record.ToClient()).OrderBy(client => client.Name, StringComparer.Ordinal)];
    }

    /// <inheritdoc/>
    public async Task AddAsync(ApiClient client, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        if (await context.Clients.AnyAsync(record => record.Id == client.Id, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Expected a new API client id, but \"{client.Id}\" is already kept.");
        }
        context.Clients.Add(ApiClientRecord.From(client));
        await context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        context.ChangeTracker.Clear();
    }

    /// <inheritdoc/>
    public async Task<bool> RevokeAsync(string id, Instant revokedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(id);
        var at = revokedAt.ToUnixTimeMilliseconds();
        // One statement: a client revoked twice at once is revoked once.
        var changed = await context.Clients
            .Where(client => client.Id == id && client.RevokedAtUnixMilliseconds == null)
            .ExecuteUpdateAsync(update => update.SetProperty(client => client.RevokedAtUnixMilliseconds, at), cancellationToken)
            .ConfigureAwait(false);
        return changed > 0;
    }
}
