using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.Extensions.Logging;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Applies or checks the provider's migrations for <see cref="SafeguardingDatabaseInitializer"/>:
/// clears a stale SQLite migration lock, gives up after a time limit, and says what to run when a
/// migration is pending and the host did not ask to apply it. A host's own context on the same
/// database (<see cref="SafeguardingDatabaseInitializer.ApplyMigrationsAsync"/>) is migrated the same
/// way, behind the same lock.
/// </summary>
internal sealed partial class SafeguardingMigrations
{
    /// <summary>EF Core's SQLite migration lock table: one row (Id 1, Timestamp as text) while a process migrates.</summary>
    internal const string SqliteLockTable = "__EFMigrationsLock";

    private readonly DbContext _context;
    private readonly ILogger _logger;

    internal SafeguardingMigrations(DbContext context, ILogger logger)
    {
        _context = context;
        _logger = logger;
    }

    // The plans' migrations are in the provider's package; a host's own context's where its options
    // say, or in its own assembly.
    private string MigrationsAssembly => _context is SafeguardingDbContext
        ? SafeguardingProviders.MigrationsAssemblyFor(_context.GetService<IDbContextOptions>()) ?? typeof(SafeguardingDbContext).Assembly.GetName().Name!
        : _context.GetService<IDbContextOptions>().Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault()?.MigrationsAssembly
            ?? _context.GetType().Assembly.GetName().Name!;

    internal async Task EnsureNonePendingAsync(CancellationToken cancellationToken)
    {
        EnsureMigrationsAssemblyLoads();
        var pending = await SafeguardingMigrationHistory.GetPendingMigrationsAsync(_context.Database, cancellationToken).ConfigureAwait(false);
        if (pending.Count == 0)
        {
            return;
        }
        var ids = string.Join(", ", pending);
        LogPending(pending.Count, ids, MigrationsAssembly);
        throw new InvalidOperationException(
            $"The database's schema is not up to date: {pending.Count} migration(s) pending ({ids}). Apply them before start-up with " +
            $"`dotnet ef database update --context SafeguardingDbContext` (migrations in {MigrationsAssembly}) or a script from " +
            "`dotnet ef migrations script --idempotent --context SafeguardingDbContext`, or let the host apply them on start-up " +
            "(SafeguardingDatabaseInitializerOptions.ApplyMigrations = true).");
    }

    /// <summary>
    /// Applies the pending migrations. When none is pending (every start but the first after an
    /// upgrade) it returns after reading the migration history: no lock is taken and EF Core's
    /// <c>MigrateAsync</c>, which compares the whole model with the migrations' snapshot before it
    /// looks at the history, is not called. While another process is migrating, the history it has
    /// not finished recording still shows a migration pending, so this one takes the full path
    /// below and waits for that process's lock.
    /// </summary>
    internal async Task ApplyAsync(SafeguardingDatabaseInitializerOptions options, CancellationToken cancellationToken)
    {
        EnsureMigrationsAssemblyLoads();
        if ((await SafeguardingMigrationHistory.GetPendingMigrationsAsync(_context.Database, cancellationToken).ConfigureAwait(false)).Count == 0)
        {
            LogUpToDate();
            return;
        }
        using var gate = await EnterSqliteGateAsync(options, cancellationToken).ConfigureAwait(false);
        if (_context.Database.ProviderName == SafeguardingProviders.SqliteProvider)
        {
            // Holding the gate, no other process of ours is migrating: any lock row is a stopped process's.
            await ClearStaleSqliteLockAsync(gate is null ? options.StaleMigrationLockAge : TimeSpan.Zero, cancellationToken).ConfigureAwait(false);
        }
        else if (_context is SafeguardingDbContext)
        {
            await RefuseSchemaWithoutHistoryAsync(cancellationToken).ConfigureAwait(false);
        }
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        if (options.MigrationTimeout != Timeout.InfiniteTimeSpan)
        {
            timeout.CancelAfter(options.MigrationTimeout);
        }
        try
        {
            await _context.Database.MigrateAsync(timeout.Token).ConfigureAwait(false);
        }
        catch (OperationCanceledException exception) when (!cancellationToken.IsCancellationRequested)
        {
            LogTimedOut(options.MigrationTimeout, SqliteLockTable, options.StaleMigrationLockAge);
            throw new TimeoutException(
                $"Migrating the database did not finish within {options.MigrationTimeout}. Another process may be migrating it: wait for it and start again. " +
                $"On SQLite, a process that stopped while migrating leaves a row in \"{SqliteLockTable}\": start-up clears it once older than " +
                $"{options.StaleMigrationLockAge}, or delete it (DELETE FROM \"{SqliteLockTable}\";) when no other process is migrating.", exception);
        }
    }

    /// <summary>
    /// Takes the operating-system lock beside a SQLite database file (<see cref="SqliteMigrationGate"/>),
    /// or returns <c>null</c> for another provider or an in-memory database.
    /// </summary>
    private async Task<SqliteMigrationGate?> EnterSqliteGateAsync(SafeguardingDatabaseInitializerOptions options, CancellationToken cancellationToken)
    {
        if (_context.Database.ProviderName != SafeguardingProviders.SqliteProvider)
        {
            return null;
        }
        var connection = _context.Database.GetDbConnection();
        await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        string? file;
        try
        {
            // Once open, SQLite names the file by its full path (empty for an in-memory database).
            file = connection.DataSource;
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        SqliteMigrationGate? gate;
        try
        {
            gate = await SqliteMigrationGate.EnterAsync(file, options.MigrationTimeout, cancellationToken).ConfigureAwait(false);
        }
        catch (TimeoutException)
        {
            LogGateTimedOut(options.MigrationTimeout, file + ".migrating");
            throw;
        }
        if (gate is not null)
        {
            LogGateTaken(gate.Path);
        }
        return gate;
    }

    /// <summary>
    /// Version 0.1 created PostgreSQL schemas with <c>EnsureCreated</c>, which writes no migration
    /// history: migrating such a database would fail half-way on "relation already exists". It is
    /// refused before anything runs, with the statement that records it as migrated.
    /// </summary>
    private async Task RefuseSchemaWithoutHistoryAsync(CancellationToken cancellationToken)
    {
        if ((await _context.Database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)).Any())
        {
            return;
        }
        var connection = _context.Database.GetDbConnection();
        await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "SELECT COUNT(*) FROM information_schema.tables WHERE table_name = 'BusinessPlans'";
                if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
                {
                    return;
                }
            }
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
        var first = _context.Database.GetMigrations().First();
        var history = _context.GetService<IHistoryRepository>();
        var baseline = history.GetCreateIfNotExistsScript() + Environment.NewLine + history.GetInsertScript(new HistoryRow(first, ProductInfo.GetVersion()));
        LogSchemaWithoutHistory(first);
        throw new InvalidOperationException(
            "The database holds the plans' tables but no migration history: it was created without migrations (EnsureCreated, as version 0.1 did on PostgreSQL). " +
            $"If its tables are those of migration {first}, record it as applied, then start again:{Environment.NewLine}{baseline}");
    }

    private void EnsureMigrationsAssemblyLoads()
    {
        var assembly = MigrationsAssembly;
        if (!SafeguardingProviders.CanLoad(assembly))
        {
            throw new InvalidOperationException(
                $"The migrations of this database provider are in the package {assembly}, which the host does not reference: add it (dotnet add package {assembly}).");
        }
    }

    /// <summary>
    /// Deletes the SQLite migration lock row when it is older than <paramref name="staleAge"/>:
    /// EF Core waits for ever for a lock a killed process left behind.
    /// </summary>
    private async Task ClearStaleSqliteLockAsync(TimeSpan staleAge, CancellationToken cancellationToken)
    {
        var connection = _context.Database.GetDbConnection();
        await _context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var taken = await ReadSqliteLockAsync(connection, cancellationToken).ConfigureAwait(false);
            if (taken is not { } text)
            {
                return;
            }
            if (!DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var takenAt))
            {
                LogUnreadableLock(SqliteLockTable, text);
                return;
            }
            var age = DateTimeOffset.UtcNow - takenAt;
            if (staleAge > TimeSpan.Zero && age < staleAge)
            {
                LogRecentLock(SqliteLockTable, takenAt, staleAge);
                return;
            }
            var command = connection.CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                // Only the row that was read: a lock taken since by a live process stays.
                command.CommandText = $"DELETE FROM \"{SqliteLockTable}\" WHERE \"Id\" = 1 AND \"Timestamp\" = $taken;";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$taken";
                parameter.Value = text;
                command.Parameters.Add(parameter);
                if (await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false) > 0)
                {
                    LogClearedStaleLock(SqliteLockTable, takenAt, age, staleAge);
                }
            }
        }
        finally
        {
            await _context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }

    private static async Task<string?> ReadSqliteLockAsync(System.Data.Common.DbConnection connection, CancellationToken cancellationToken)
    {
        var command = connection.CreateCommand();
        await using (command.ConfigureAwait(false))
        {
            command.CommandText = $"SELECT COUNT(*) FROM \"sqlite_master\" WHERE \"name\" = '{SqliteLockTable}' AND \"type\" = 'table';";
            if (Convert.ToInt64(await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false), CultureInfo.InvariantCulture) == 0)
            {
                return null;
            }
            command.CommandText = $"SELECT \"Timestamp\" FROM \"{SqliteLockTable}\" WHERE \"Id\" = 1;";
            var value = await command.ExecuteScalarAsync(cancellationToken).ConfigureAwait(false);
            return value is null or DBNull ? null : Convert.ToString(value, CultureInfo.InvariantCulture);
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The database's schema is not up to date: {PendingCount} migration(s) pending ({MigrationIds}) from {MigrationsAssembly}. Apply them with `dotnet ef database update --context SafeguardingDbContext` or an idempotent script before start-up, or set ApplyMigrations.")]
    private partial void LogPending(int pendingCount, string migrationIds, string migrationsAssembly);

    [LoggerMessage(Level = LogLevel.Debug, Message = "The database's schema is up to date: no migration to apply.")]
    private partial void LogUpToDate();

    [LoggerMessage(Level = LogLevel.Error, Message = "The database holds the plans' tables but no migration history (created with EnsureCreated); nothing was migrated. Record migration {MigrationId} as applied in __EFMigrationsHistory if the tables are its, then start again.")]
    private partial void LogSchemaWithoutHistory(string migrationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "Another process has held the migration lock file {LockFile} for longer than {Timeout}: it is migrating the database, or has hung while doing so. Wait for it, or stop it, and start again.")]
    private partial void LogGateTimedOut(TimeSpan timeout, string lockFile);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Holding the migration lock file {LockFile} while migrating.")]
    private partial void LogGateTaken(string lockFile);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cleared a stale migration lock in {LockTable}, taken at {TakenAt} ({Age} ago; stale after {StaleAge}, or at once when no process holds the lock file): a process most likely stopped while migrating. Migrating now.")]
    private partial void LogClearedStaleLock(string lockTable, DateTimeOffset takenAt, TimeSpan age, TimeSpan staleAge);

    [LoggerMessage(Level = LogLevel.Information, Message = "Another process holds the migration lock in {LockTable} since {TakenAt}; waiting for it (it counts as stale after {StaleAge}).")]
    private partial void LogRecentLock(string lockTable, DateTimeOffset takenAt, TimeSpan staleAge);

    [LoggerMessage(Level = LogLevel.Warning, Message = "The migration lock in {LockTable} has a timestamp that cannot be read ({Timestamp}); it is left as it is. If no process is migrating, delete it: DELETE FROM \"__EFMigrationsLock\";")]
    private partial void LogUnreadableLock(string lockTable, string timestamp);

    [LoggerMessage(Level = LogLevel.Error, Message = "Migrating the database did not finish within {Timeout}. If another process is migrating, wait for it and start again; if a process stopped while migrating on SQLite, its row in {LockTable} is cleared once older than {StaleAge}, or delete it when no other process is migrating.")]
    private partial void LogTimedOut(TimeSpan timeout, string lockTable, TimeSpan staleAge);
}
