using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>A backup taken while people record progress holds every update acknowledged before it began, and restores to the same plan.</summary>
public sealed class SqliteBackupTests
{
    private const string Key = "test-plan-requiring-acceptance";

    [Fact]
    public async Task A_backup_taken_while_writers_record_holds_every_update_acknowledged_before_it_and_restores()
    {
        var plan = ProgressRecordingTests.NewPlan(Key);
        await using var database = await TestDatabase.InTemporaryFileWithAsync(plan);
        var action = plan.FindAction("1.1")!;
        for (var i = 0; i < 20; i++)
        {
            await RecordAsync(database, plan, $"before-{i}");
        }
        await using (var reading = database.NewContext())
        {
            Assert.Equal(20, await reading.ProgressUpdates.CountAsync());
        }

        // Writers carry on while the backup is taken.
        using var stop = new CancellationTokenSource();
        var writers = Enumerable.Range(0, 2).Select(writer => Task.Run(async () =>
        {
            var written = 0;
            while (!stop.IsCancellationRequested && written < 200)
            {
                await RecordAsync(database, plan, $"during-{writer}-{written++}");
            }
        })).ToList();
        var backup = Path.Combine(Path.GetTempPath(), $"safeguarding-backup-{Guid.NewGuid():N}.db");
        var restored = Path.Combine(Path.GetTempPath(), $"safeguarding-restored-{Guid.NewGuid():N}.db");
        try
        {
            await using (var context = database.NewContext())
            {
                await context.BackupToAsync(backup);
            }
            await stop.CancelAsync();
            await Task.WhenAll(writers);

            File.Copy(backup, restored);
            await using var restoredContext = new SafeguardingDbContext(new DbContextOptionsBuilder<SafeguardingDbContext>().UseSqlite($"Data Source={restored}").Options);
            var loaded = (await new EntityFrameworkBusinessPlanRepository(restoredContext).GetAsync(Key))!.FindAction("1.1")!;
            var keys = loaded.Progress.Select(update => update.IdempotencyKey).ToList();
            Assert.All(Enumerable.Range(0, 20), i => Assert.Contains($"before-{i}", keys));
            // A consistent copy: the history is whole, numbered from 1 with no gap.
            Assert.Equal(Enumerable.Range(1, loaded.Progress.Count), loaded.Progress.Select(update => update.Number));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(backup);
            File.Delete(restored);
        }
    }

    [Fact]
    public async Task A_backup_never_replaces_an_existing_file()
    {
        await using var database = await TestDatabase.InTemporaryFileWithAsync(ProgressRecordingTests.NewPlan(Key));
        var existing = Path.GetTempFileName();
        try
        {
            await using var context = database.NewContext();
            var error = await Assert.ThrowsAsync<IOException>(() => context.BackupToAsync(existing));
            Assert.Contains("choose a new name", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(existing);
        }
    }

    private static async Task RecordAsync(TestDatabase database, BusinessPlan plan, string key)
    {
        // Re-read the version and retry on a conflict, as a person would after reading the other update.
        while (true)
        {
            await using var context = database.NewContext();
            var repository = new EntityFrameworkBusinessPlanRepository(context);
            var current = (await repository.GetAsync(plan.Key))!;
            var action = current.FindAction("1.1")!;
            var result = await repository.RecordProgressAsync(plan.Key, Submissions.For(current, action, Submissions.Sam, key));
            if (result.IsStored)
            {
                return;
            }
            Assert.Equal(ProgressRecordingStatus.Conflict, result.Status);
        }
    }
}

/// <summary>PostgreSQL: pg_dump while the database is in use, pg_restore into a new database, the same plan.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlBackupTests(PostgreSqlServer server)
{
    [Fact]
    public async Task A_pg_dump_restored_with_pg_restore_holds_the_same_plan_and_history()
    {
        var plan = ProgressRecordingTests.NewPlan("test-plan-requiring-acceptance");
        await using var source = (PostgreSqlTestDatabase)await server.MigratedWithAsync(plan);
        await using (var context = source.NewContext())
        {
            var repository = new EntityFrameworkBusinessPlanRepository(context);
            var stored = (await repository.GetAsync(plan.Key))!;
            Assert.True((await repository.RecordProgressAsync(plan.Key, Submissions.For(stored, stored.FindAction("1.1")!, Submissions.Sam, "dumped"))).IsStored);
        }
        await using var target = await server.CreateDatabaseAsync();
        var dump = Path.Combine(Path.GetTempPath(), $"safeguarding-{Guid.NewGuid():N}.dump");
        try
        {
            await RunAsync(PostgreSqlServer.Tool("pg_dump"), "--format=custom", $"--file={dump}", $"--dbname={Uri(source.ConnectionString)}");
            await RunAsync(PostgreSqlServer.Tool("pg_restore"), "--exit-on-error", "--no-owner", $"--dbname={Uri(target.ConnectionString)}", dump);

            await using var before = source.NewContext();
            await using var after = target.NewContext();
            var original = (await new EntityFrameworkBusinessPlanRepository(before).GetAsync(plan.Key))!;
            var restored = (await new EntityFrameworkBusinessPlanRepository(after).GetAsync(plan.Key))!;
            Assert.Equal(PlanDescription.Fields(original), PlanDescription.Fields(restored));
            Assert.Contains(restored.FindAction("1.1")!.Progress, update => update.IdempotencyKey == "dumped");
        }
        finally
        {
            File.Delete(dump);
        }
    }

    // libpq takes a connection URI; Npgsql's key=value string is not one.
    private static string Uri(string connectionString)
    {
        var builder = new NpgsqlConnectionStringBuilder(connectionString);
        return $"postgresql://{builder.Username}@{builder.Host}:{builder.Port}/{builder.Database}";
    }

    private static async Task RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{Path.GetFileName(tool)} exited with {process.ExitCode}: {output}");
    }
}
