using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// A SQLite database for one test: in memory (kept alive by one open connection) or in a
/// temporary file, migrated with the package's own migrations.
/// </summary>
internal sealed class TestDatabase : IAsyncDisposable
{
    private readonly SqliteConnection? _connection;
    private readonly string? _file;

    private TestDatabase(SqliteConnection? connection, string? file)
    {
        _connection = connection;
        _file = file;
    }

    internal string? FilePath => _file;

    internal static async Task<TestDatabase> InMemoryAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var database = new TestDatabase(connection, null);
        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>A temporary file that does not exist yet: the initialiser creates it.</summary>
    internal static TestDatabase InTemporaryFile() =>
        new(null, Path.Combine(Path.GetTempPath(), $"safeguarding-tests-{Guid.NewGuid():N}.db"));

    /// <summary>A temporary file, migrated and holding <paramref name="plan"/>: for several connections at once.</summary>
    internal static async Task<TestDatabase> InTemporaryFileWithAsync(BusinessPlan plan)
    {
        var database = InTemporaryFile();
        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        await new EntityFrameworkBusinessPlanRepository(context).AddAsync(plan);
        return database;
    }

    internal SafeguardingDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<SafeguardingDbContext>();
        if (_connection is not null)
        {
            builder.UseSqlite(_connection);
        }
        else
        {
            // Default Timeout is how long SQLite waits for another connection's lock (its busy
            // timeout) before "database is locked": concurrent writers wait rather than fail.
            builder.UseSqlite($"Data Source={_file};Default Timeout=30");
        }
        return new SafeguardingDbContext(builder.Options);
    }

    internal static SafeguardingDatabaseInitializer Initializer(SafeguardingDbContext context) =>
        new(context, NullLogger<SafeguardingDatabaseInitializer>.Instance);

    public async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm" })
            {
                File.Delete(path);
            }
        }
    }
}
