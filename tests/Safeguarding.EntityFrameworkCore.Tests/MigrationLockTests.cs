using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.Logging;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// A process killed while migrating SQLite leaves its row in EF Core's lock table, and EF Core's
/// <c>MigrateAsync</c> then waits for ever: start-up clears a stale lock, and gives up on a live one
/// with a log line saying what to do, so one crash does not stop every later start.
/// </summary>
public class MigrationLockTests
{
    [Fact]
    public async Task A_lock_left_by_a_process_killed_while_migrating_is_cleared_with_a_warning_and_the_next_start_migrates()
    {
        await using var database = TestDatabase.InTemporaryFile();
        await LeaveLockAsKilledProcessWouldAsync(database, DateTimeOffset.UtcNow.AddMinutes(-30));
        var log = new ListLogger();

        int added;
        await using (var context = database.NewContext())
        {
            added = await new SafeguardingDatabaseInitializer(context, log).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
        }

        Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
        var warning = Assert.Single(log.Entries, entry => entry.Level == LogLevel.Warning);
        Assert.Contains("__EFMigrationsLock", warning.Message, StringComparison.Ordinal);
        Assert.Contains("stale", warning.Message, StringComparison.Ordinal);
        await using var reading = database.NewContext();
        Assert.Empty(await reading.Database.GetPendingMigrationsAsync());
        Assert.Equal(0, await CountLocksAsync(reading));
    }

    [Fact]
    public async Task A_lock_row_left_moments_ago_is_cleared_at_once_when_no_process_holds_the_lock_file()
    {
        // A process killed while migrating, and the intranet restarted straight away: the row is seconds old.
        await using var database = TestDatabase.InTemporaryFile();
        await LeaveLockAsKilledProcessWouldAsync(database, DateTimeOffset.UtcNow);
        var log = new ListLogger();

        await using var context = database.NewContext();
        var added = await new SafeguardingDatabaseInitializer(context, log).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);

        Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
        Assert.Contains(log.Entries, entry => entry.Level == LogLevel.Warning && entry.Message.Contains("__EFMigrationsLock", StringComparison.Ordinal));
        Assert.Equal(0, await CountLocksAsync(context));
    }

    [Fact]
    public async Task A_process_that_holds_the_lock_file_is_waited_for_until_the_time_limit_then_start_up_fails_saying_what_to_do()
    {
        await using var database = TestDatabase.InTemporaryFile();
        await LeaveLockAsKilledProcessWouldAsync(database, DateTimeOffset.UtcNow);
        var log = new ListLogger();
        var options = TestDatabase.Migrating with { MigrationTimeout = TimeSpan.FromSeconds(2) };
        await using var context = database.NewContext();
        var file = context.Database.GetDbConnection().DataSource + ".migrating";

        // Another process migrating holds the lock file, as the initialiser does while it migrates.
        using (new FileStream(file, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var failed = await Assert.ThrowsAsync<TimeoutException>(() => new SafeguardingDatabaseInitializer(context, log).InitializeAsync(SeedFiles.PlansFolder, options));

            Assert.Contains(file, failed.Message, StringComparison.Ordinal);
            Assert.Contains("Wait for it", failed.Message, StringComparison.Ordinal);
            Assert.Contains(log.Entries, entry => entry.Level == LogLevel.Error && entry.Message.Contains(file, StringComparison.Ordinal));
            // The live process's lock row is not taken from it.
            Assert.Equal(1, await CountLocksAsync(context));
        }

        // Once it has finished (or been stopped), the next start migrates.
        Assert.Equal(SeedFiles.PlanFileNames.Count(), await new SafeguardingDatabaseInitializer(context, log).InitializeAsync(SeedFiles.PlansFolder, options));
    }

    [Fact]
    public async Task Where_no_lock_file_can_be_made_a_lock_row_younger_than_the_configured_age_is_kept_and_one_older_is_cleared()
    {
        await using var database = TestDatabase.InTemporaryFile();
        await LeaveLockAsKilledProcessWouldAsync(database, DateTimeOffset.UtcNow.AddSeconds(-90));
        await using (var context = database.NewContext())
        {
            // A folder where the lock file should be stands for a place that takes none.
            Directory.CreateDirectory(context.Database.GetDbConnection().DataSource + ".migrating");
        }

        await using (var context = database.NewContext())
        {
            var patient = TestDatabase.Migrating with { StaleMigrationLockAge = TimeSpan.FromMinutes(5), MigrationTimeout = TimeSpan.FromSeconds(1) };
            var failed = await Assert.ThrowsAsync<TimeoutException>(() => TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, patient));
            Assert.Contains("DELETE FROM \"__EFMigrationsLock\"", failed.Message, StringComparison.Ordinal);
        }
        await using (var context = database.NewContext())
        {
            var impatient = TestDatabase.Migrating with { StaleMigrationLockAge = TimeSpan.FromMinutes(1) };
            Assert.Equal(SeedFiles.PlanFileNames.Count(), await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, impatient));
        }
    }

    /// <summary>
    /// Leaves the database as a process killed half-way through migrating would: the first migration
    /// applied, the next pending, and EF Core's lock row, written as EF Core writes it, still there.
    /// </summary>
    private static async Task LeaveLockAsKilledProcessWouldAsync(SqliteTestDatabase database, DateTimeOffset takenAt)
    {
        await using var context = database.NewContext();
        await context.GetService<IMigrator>().MigrateAsync("20261123150322_InitialCreate");
        var timestamp = context.GetService<IRelationalTypeMappingSource>().FindMapping(typeof(DateTimeOffset))!.GenerateSqlLiteral(takenAt);
#pragma warning disable EF1002 // The literal is EF Core's own rendering of a timestamp, not input.
        await context.Database.ExecuteSqlRawAsync($"INSERT INTO \"__EFMigrationsLock\" (\"Id\", \"Timestamp\") VALUES (1, {timestamp});");
#pragma warning restore EF1002
        Assert.NotEmpty(await context.Database.GetPendingMigrationsAsync());
    }

    private static async Task<long> CountLocksAsync(SafeguardingDbContext context)
    {
        var connection = context.Database.GetDbConnection();
        await context.Database.OpenConnectionAsync();
        try
        {
            await using DbCommand command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM \"__EFMigrationsLock\";";
            return (long)(await command.ExecuteScalarAsync())!;
        }
        finally
        {
            await context.Database.CloseConnectionAsync();
        }
    }

    private sealed class ListLogger : ILogger<SafeguardingDatabaseInitializer>
    {
        internal List<(LogLevel Level, string Message)> Entries { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            lock (Entries)
            {
                Entries.Add((logLevel, formatter(state, exception)));
            }
        }
    }
}
