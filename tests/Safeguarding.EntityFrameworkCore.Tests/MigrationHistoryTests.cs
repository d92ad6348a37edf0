using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// <see cref="SafeguardingMigrationHistory"/> reads the migration history with one query and lists
/// the same pending migrations as EF Core, whatever the history table is called.
/// </summary>
public abstract class MigrationHistoryTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Fact]
    public async Task A_new_a_partly_migrated_and_an_up_to_date_database_have_the_pending_migrations_EF_Core_lists()
    {
        await using var database = await Databases.UnmigratedAsync();
        await using var context = database.NewContext();
        var migrations = context.Database.GetMigrations().ToList();

        Assert.Equal(migrations, await SafeguardingMigrationHistory.GetPendingMigrationsAsync(context.Database));

        await context.GetService<IMigrator>().MigrateAsync(migrations[1]);
        Assert.Equal(migrations[2..], await SafeguardingMigrationHistory.GetPendingMigrationsAsync(context.Database));
        Assert.Equal(await context.Database.GetPendingMigrationsAsync(), await SafeguardingMigrationHistory.GetPendingMigrationsAsync(context.Database));

        await context.Database.MigrateAsync();
        Assert.Empty(await SafeguardingMigrationHistory.GetPendingMigrationsAsync(context.Database));
    }

    [Fact]
    public async Task A_history_table_of_another_name_is_the_one_read()
    {
        await using var database = await Databases.UnmigratedAsync();
        await using (var named = NewContextWithHistoryTable(database, "__PlansMigrationsHistory"))
        {
            await named.Database.MigrateAsync();
            Assert.Empty(await SafeguardingMigrationHistory.GetPendingMigrationsAsync(named.Database));
        }

        // The default history table is not there: every migration is pending for a context that reads it.
        await using var unnamed = database.NewContext();
        Assert.Equal(unnamed.Database.GetMigrations(), await SafeguardingMigrationHistory.GetPendingMigrationsAsync(unnamed.Database));
        Assert.Equal(await unnamed.Database.GetPendingMigrationsAsync(), await SafeguardingMigrationHistory.GetPendingMigrationsAsync(unnamed.Database));
    }

    private static SafeguardingDbContext NewContextWithHistoryTable(TestDatabase database, string table)
    {
        var builder = new DbContextOptionsBuilder<SafeguardingDbContext>();
        _ = database switch
        {
            SqliteTestDatabase { FilePath: { } file } => builder.UseSqlite($"Data Source={file}", sqlite => sqlite.MigrationsHistoryTable(table)),
            PostgreSqlTestDatabase postgreSql => builder.UseNpgsql(postgreSql.ConnectionString, npgsql => npgsql.MigrationsHistoryTable(table, "history")),
            _ => throw new InvalidOperationException($"Expected a database in a file or on a server, but got {database.GetType().Name}."),
        };
        return new SafeguardingDbContext(builder.Options);
    }
}

/// <summary>The migration history on SQLite.</summary>
public sealed class SqliteMigrationHistoryTests() : MigrationHistoryTests(TestProvider.Sqlite);

/// <summary>The migration history on PostgreSQL, with the history table in a schema of its own.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlMigrationHistoryTests(PostgreSqlServer server) : MigrationHistoryTests(server);
