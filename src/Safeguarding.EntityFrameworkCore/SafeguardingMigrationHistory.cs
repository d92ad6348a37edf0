using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Tells which of a context's migrations a database has not had, reading its migration history
/// table with one plain query: what <see cref="SafeguardingDatabaseInitializer"/> does on start-up,
/// for a host's other contexts on the same database too (the sample intranet's identity context).
/// </summary>
/// <remarks>
/// EF Core's own <c>GetPendingMigrationsAsync</c> first builds a model of the history table through
/// the conventions. On a start with compiled models that is the only model built, and it cost about
/// a fifth of a second, most of it compiling code that nothing else on the way to the first page
/// uses. The plain query is for SQLite, the embedded database whose intranet restarts with it, where
/// EF Core's check that the history table exists is a look in the schema; for other providers (whose
/// checks differ: PostgreSQL's in EF Core 10 reads the table and takes an error as "none"), or options
/// that replace any EF Core service (the history repository among them), EF Core is asked.
/// </remarks>
public static class SafeguardingMigrationHistory
{
    // The history table's id column, as EF Core's HistoryRepository names it for every provider.
    private const string MigrationIdColumn = "MigrationId";

    /// <summary>Gets the context assembly's migrations that the database's history does not record, in the assembly's order.</summary>
    /// <param name="database">The context's database, such as <c>context.Database</c>.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The pending migrations' ids, the same as EF Core's <c>GetPendingMigrationsAsync</c>: empty when the database is up to date, every migration when it has no history table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="database"/> is <c>null</c>.</exception>
    public static async Task<IReadOnlyList<string>> GetPendingMigrationsAsync(DatabaseFacade database, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(database);
        var applied = await AppliedAsync(database, cancellationToken).ConfigureAwait(false);
        return [.. database.GetMigrations().Where(id => !applied.Contains(id))];
    }

    private static async Task<HashSet<string>> AppliedAsync(DatabaseFacade database, CancellationToken cancellationToken)
    {
        var options = database.GetService<IDbContextOptions>();
        var relational = options.Extensions.OfType<RelationalOptionsExtension>().Single();
        if (options.FindExtension<CoreOptionsExtension>()?.ReplacedServices is { Count: > 0 } || SafeguardingProviders.ProviderOf(relational) != SafeguardingProviders.SqliteProvider)
        {
            return [.. await database.GetAppliedMigrationsAsync(cancellationToken).ConfigureAwait(false)];
        }
        if (!await database.GetService<IHistoryRepository>().ExistsAsync(cancellationToken).ConfigureAwait(false))
        {
            return [];
        }
        var sql = database.GetService<ISqlGenerationHelper>();
        var table = sql.DelimitIdentifier(relational.MigrationsHistoryTableName ?? HistoryRepository.DefaultTableName, relational.MigrationsHistoryTableSchema);
        return await SafeguardingRowQueries.FirstColumnAsync(
            database.GetService<ICurrentDbContext>().Context,
            SafeguardingRowQueries.Escape($"SELECT {sql.DelimitIdentifier(MigrationIdColumn)} FROM {table}"),
            cancellationToken).ConfigureAwait(false);
    }
}
