using System.Collections.Concurrent;
using System.Data.Common;
using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.Storage;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// The store's version (<see cref="IBoardRecordsVersion"/>) for <see cref="SafeguardingDbContext"/>:
/// on a SQLite file, a count that moves on whenever SQLite's own count of commits made by other
/// connections (<c>PRAGMA data_version</c>) moves, read on connections of its own that never
/// write, so that every commit (by this process, another process, a backup restored) gives a new
/// version. Registered as a singleton by <see cref="SafeguardingServiceCollectionExtensions.AddSafeguardingEntityFrameworkCore"/>.
/// </summary>
/// <remarks>
/// <para>On an in-memory or shared-cache SQLite database, and on other providers, the version is
/// <c>null</c>: the store cannot tell cheaply that nothing has changed, so nothing derived from it
/// is kept.</para>
/// <para>Reading costs one <c>PRAGMA data_version</c> on an open connection, a few microseconds.
/// Requests at once each take a connection of their own from a small pool rather than wait for
/// one. Each connection remembers the commit count it last saw, and each that sees its count
/// move moves the version on to one never handed out, so that a version read after a commit
/// differs from every version read before it. When reading fails (the file is busy or gone) the version is
/// <c>null</c> for that call, and that connection is closed.</para>
/// </remarks>
public sealed class EntityFrameworkBoardRecordsVersion : IBoardRecordsVersion, IDisposable
{
    private readonly IServiceScopeFactory _scopes;
    private readonly ConcurrentBag<Watcher> _idle = [];
    private readonly Lock _learning = new();
    private volatile Store? _store;
    private Current _current = new(0);
    private volatile bool _disposed;

    /// <summary>Creates the version reader.</summary>
    /// <param name="scopes">Where a <see cref="SafeguardingDbContext"/> is found once, to learn its provider and connection.</param>
    /// <exception cref="ArgumentNullException"><paramref name="scopes"/> is <c>null</c>.</exception>
    public EntityFrameworkBoardRecordsVersion(IServiceScopeFactory scopes)
    {
        ArgumentNullException.ThrowIfNull(scopes);
        _scopes = scopes;
    }

    /// <inheritdoc/>
    public ValueTask<string?> ReadAsync(CancellationToken cancellationToken = default)
    {
        cancellationToken.ThrowIfCancellationRequested();
        ObjectDisposedException.ThrowIf(_disposed, this);
        var store = _store ?? LearnStore();
        if (store.ConnectionString is null)
        {
            return ValueTask.FromResult<string?>(null);
        }
        Watcher? watcher = null;
        try
        {
            watcher = _idle.TryTake(out var idle) ? idle : Watcher.Open(store);
            // Read before the check: if this connection saw no commit, none was made since it last
            // looked, and whatever it saw then had moved the version on before this was read.
            var seen = Volatile.Read(ref _current);
            if (watcher.CommitsMoved())
            {
                seen = MoveOn();
            }
            _idle.Add(watcher);
            watcher = null;
            if (_disposed)
            {
                CloseIdle();
            }
            return ValueTask.FromResult<string?>(seen.Text);
        }
        catch (Exception exception) when (exception is DbException or InvalidOperationException)
        {
            return ValueTask.FromResult<string?>(null);
        }
        finally
        {
            watcher?.Dispose();
        }
    }

    /// <summary>Closes the connections the version is read on.</summary>
    public void Dispose()
    {
        _disposed = true;
        CloseIdle();
    }

    private void CloseIdle()
    {
        while (_idle.TryTake(out var watcher))
        {
            watcher.Dispose();
        }
    }

    // A version never handed out before: a reader that saw a commit cannot be given one that a
    // reader before the commit was given, even if another reader has moved on for an older commit.
    private Current MoveOn()
    {
        while (true)
        {
            var now = Volatile.Read(ref _current);
            var next = new Current(now.Number + 1);
            if (Interlocked.CompareExchange(ref _current, next, now) == now)
            {
                return next;
            }
        }
    }

    private Store LearnStore()
    {
        lock (_learning)
        {
            if (_store is { } known)
            {
                return known;
            }
            using var scope = _scopes.CreateScope();
            var database = scope.ServiceProvider.GetRequiredService<SafeguardingDbContext>().Database;
            var connection = database.GetDbConnection();
            var store = database.ProviderName == SafeguardingProviders.SqliteProvider && IsSqliteFile(connection.ConnectionString)
                ? new Store(connection.ConnectionString, DbProviderFactories.GetFactory(connection))
                : new Store(null, null);
            _store = store;
            return store;
        }
    }

    /// <summary>
    /// Whether a SQLite connection string names a file that other connections share: not
    /// <c>:memory:</c>, not an empty name (a temporary database private to its connection), not
    /// <c>Mode=Memory</c>, and not shared cache, where connections share one count of commits.
    /// </summary>
    internal static bool IsSqliteFile(string connectionString)
    {
        var builder = new DbConnectionStringBuilder { ConnectionString = connectionString };
        string Value(params string[] keys) =>
            keys.Select(key => builder.TryGetValue(key, out var value) ? Convert.ToString(value, CultureInfo.InvariantCulture) : null)
                .FirstOrDefault(value => value is not null)?.Trim() ?? string.Empty;
        var file = Value("Data Source", "DataSource", "Filename");
        return file.Length > 0
            && !file.Equals(":memory:", StringComparison.OrdinalIgnoreCase)
            && !file.Contains("mode=memory", StringComparison.OrdinalIgnoreCase)
            && !Value("Mode").Equals("Memory", StringComparison.OrdinalIgnoreCase)
            && !Value("Cache").Equals("Shared", StringComparison.OrdinalIgnoreCase);
    }

    private sealed record Store(string? ConnectionString, DbProviderFactory? Factory);

    private sealed class Current(long number)
    {
        internal long Number { get; } = number;

        internal string Text { get; } = number.ToString(CultureInfo.InvariantCulture);
    }

    /// <summary>A connection that only reads SQLite's count of commits by other connections.</summary>
    private sealed class Watcher : IDisposable
    {
        private readonly DbConnection _connection;
        private readonly DbCommand _dataVersion;
        // null until first read: a new connection has seen nothing, so its first read counts as a move.
        private long? _lastSeen;

        private Watcher(DbConnection connection, DbCommand dataVersion)
        {
            _connection = connection;
            _dataVersion = dataVersion;
        }

        internal static Watcher Open(Store store)
        {
            var connection = store.Factory!.CreateConnection()
                ?? throw new InvalidOperationException("The SQLite provider's factory gave no connection to read the store's version on.");
            try
            {
                connection.ConnectionString = store.ConnectionString;
                connection.Open();
                var command = connection.CreateCommand();
                command.CommandText = "PRAGMA data_version;";
                // A page waits no longer than this for a writer's lock; past it, the page is rendered afresh.
                command.CommandTimeout = 2;
                return new Watcher(connection, command);
            }
            catch
            {
                connection.Dispose();
                throw;
            }
        }

        internal bool CommitsMoved()
        {
            var count = Convert.ToInt64(_dataVersion.ExecuteScalar(), CultureInfo.InvariantCulture);
            var moved = _lastSeen != count;
            _lastSeen = count;
            return moved;
        }

        public void Dispose()
        {
            _dataVersion.Dispose();
            _connection.Dispose();
        }
    }
}
