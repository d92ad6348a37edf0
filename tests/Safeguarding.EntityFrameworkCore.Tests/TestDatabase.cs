using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.Extensions.Logging.Abstractions;
using Npgsql;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// A database for one test, of any provider: contexts on it are made with <see cref="NewContext"/>.
/// The static methods make SQLite ones, for the tests that are about SQLite only.
/// </summary>
public abstract class TestDatabase : IAsyncDisposable
{
    internal abstract SafeguardingDbContext NewContext(params IInterceptor[] interceptors);

    public abstract ValueTask DisposeAsync();

    internal static async Task<SqliteTestDatabase> InMemoryAsync()
    {
        var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var database = new SqliteTestDatabase(connection, null);
        await using var context = database.NewContext();
        await context.Database.MigrateAsync();
        return database;
    }

    /// <summary>A temporary file that does not exist yet: the initialiser creates it.</summary>
    internal static SqliteTestDatabase InTemporaryFile() =>
        new(null, Path.Combine(Path.GetTempPath(), $"safeguarding-tests-{Guid.NewGuid():N}.db"));

    /// <summary>A temporary file, migrated and holding <paramref name="plan"/>: for several connections at once.</summary>
    internal static async Task<SqliteTestDatabase> InTemporaryFileWithAsync(BusinessPlan plan)
    {
        var database = InTemporaryFile();
        await database.MigrateAndAddAsync(plan);
        return database;
    }

    internal async Task MigrateAndAddAsync(BusinessPlan? plan)
    {
        await using var context = NewContext();
        await context.Database.MigrateAsync();
        if (plan is not null)
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(plan);
        }
    }

    internal static SafeguardingDatabaseInitializer Initializer(SafeguardingDbContext context) =>
        new(context, NullLogger<SafeguardingDatabaseInitializer>.Instance);

    /// <summary>The options a host that asks for migrations on start-up passes.</summary>
    internal static SafeguardingDatabaseInitializerOptions Migrating { get; } = new() { ApplyMigrations = true };
}

/// <summary>
/// A SQLite database for one test: in memory (kept alive by one open connection) or in a
/// temporary file, migrated with the package's own migrations.
/// </summary>
public sealed class SqliteTestDatabase : TestDatabase
{
    private readonly SqliteConnection? _connection;
    private readonly string? _file;

    internal SqliteTestDatabase(SqliteConnection? connection, string? file)
    {
        _connection = connection;
        _file = file;
    }

    internal string? FilePath => _file;

    internal override SafeguardingDbContext NewContext(params IInterceptor[] interceptors)
    {
        var builder = new DbContextOptionsBuilder<SafeguardingDbContext>().AddInterceptors(interceptors);
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

    public override async ValueTask DisposeAsync()
    {
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
        if (_file is not null)
        {
            SqliteConnection.ClearAllPools();
            // The migration lock file beside it, or the folder a test put there instead.
            if (Directory.Exists(_file + ".migrating"))
            {
                Directory.Delete(_file + ".migrating");
            }
            foreach (var path in new[] { _file, _file + "-wal", _file + "-shm", _file + ".migrating" })
            {
                File.Delete(path);
            }
        }
    }
}

/// <summary>A PostgreSQL database of its own for one test, on the suite's server, dropped afterwards.</summary>
public sealed class PostgreSqlTestDatabase : TestDatabase
{
    private readonly PostgreSqlServer _server;

    internal PostgreSqlTestDatabase(PostgreSqlServer server, string name, string connectionString)
    {
        _server = server;
        Name = name;
        ConnectionString = connectionString;
    }

    internal string Name { get; }

    internal string ConnectionString { get; }

    internal override SafeguardingDbContext NewContext(params IInterceptor[] interceptors) =>
        new(new DbContextOptionsBuilder<SafeguardingDbContext>().UseNpgsql(ConnectionString).AddInterceptors(interceptors).Options);

    public override async ValueTask DisposeAsync()
    {
        await using (var connection = new NpgsqlConnection(ConnectionString))
        {
            NpgsqlConnection.ClearPool(connection);
        }
        await _server.DropDatabaseAsync(Name);
    }
}
