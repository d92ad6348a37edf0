using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// Start-up on a database that is already up to date reads the migration history and goes on: no
/// migration lock, no schema command, no EF Core <c>MigrateAsync</c> (which compares the whole
/// model with the snapshot first). A database one migration behind is still migrated, through the
/// lock.
/// </summary>
public abstract class UpToDateStartTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Fact]
    public async Task An_up_to_date_database_starts_without_taking_the_migration_lock_or_running_any_schema_command()
    {
        await using var database = await Databases.MigratedWithAsync(SeedFiles.Plan("hscb-business-plan-2014-15.json"));
        var commands = new CommandCounter();

        await using (var context = database.NewContext(commands))
        {
            Assert.Equal(0, await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating));
        }

        Assert.NotEmpty(commands.Texts);
        Assert.DoesNotContain(commands.Texts, SchemaOrLockCommand);
        if (database is SqliteTestDatabase { FilePath: { } file })
        {
            Assert.False(File.Exists(file + ".migrating"), "The SQLite migration lock file was taken.");
        }
    }

    [Fact]
    public async Task A_database_one_migration_behind_is_migrated_through_the_lock()
    {
        var (database, last) = await OneMigrationBehindAsync();
        await using var _ = database;
        var commands = new CommandCounter();

        await using (var context = database.NewContext(commands))
        {
            await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            Assert.Contains(last, await context.Database.GetAppliedMigrationsAsync());
        }

        Assert.Contains(commands.Texts, SchemaOrLockCommand);
        if (database is SqliteTestDatabase { FilePath: { } file })
        {
            Assert.True(File.Exists(file + ".migrating"), "The SQLite migration lock file was not taken.");
        }
    }

    [Fact]
    public async Task Not_asked_to_migrate_a_database_one_migration_behind_is_still_refused_naming_the_migration()
    {
        var (database, last) = await OneMigrationBehindAsync();
        await using var _ = database;
        await using var context = database.NewContext();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder));

        Assert.Contains(last, refused.Message, StringComparison.Ordinal);
        Assert.Equal(0, await context.Plans.CountAsync());
    }

    /// <summary>A database with every migration applied but the last, whose id is returned with it.</summary>
    private async Task<(TestDatabase Database, string Last)> OneMigrationBehindAsync()
    {
        var database = await Databases.UnmigratedAsync();
        await using var context = database.NewContext();
        var migrations = context.Database.GetMigrations().ToList();
        await context.GetService<IMigrator>().MigrateAsync(migrations[^2]);
        Assert.Equal([migrations[^1]], await context.Database.GetPendingMigrationsAsync());
        return (database, migrations[^1]);
    }

    // EF Core's MigrateAsync creates the history table if missing and locks it (PostgreSQL) or its
    // own lock table (SQLite) before it looks at what to apply.
    private static bool SchemaOrLockCommand(string text) =>
        text.Contains("CREATE TABLE", StringComparison.OrdinalIgnoreCase)
        || text.Contains("LOCK TABLE", StringComparison.OrdinalIgnoreCase)
        || text.Contains("__EFMigrationsLock", StringComparison.Ordinal);
}

/// <summary>Start-up on an up-to-date SQLite database.</summary>
public sealed class SqliteUpToDateStartTests() : UpToDateStartTests(TestProvider.Sqlite);

/// <summary>Start-up on an up-to-date PostgreSQL database.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlUpToDateStartTests(PostgreSqlServer server) : UpToDateStartTests(server);
