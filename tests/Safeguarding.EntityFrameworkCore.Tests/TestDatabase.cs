using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;

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

    internal SafeguardingDbContext NewContext()
    {
        var builder = new DbContextOptionsBuilder<SafeguardingDbContext>();
        if (_connection is not null)
        {
            builder.UseSqlite(_connection);
        }
        else
        {
            builder.UseSqlite($"Data Source={_file}");
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
