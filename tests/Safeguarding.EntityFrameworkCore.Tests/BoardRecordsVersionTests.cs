using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Storage;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// The store's version, by which pages are kept: the same while nothing is committed, new after any
/// commit whoever makes it, and null where the store cannot tell, so that nothing is kept there.
/// </summary>
public class BoardRecordsVersionTests
{
    private const string HscbKey = "hscb-business-plan-2014-15";

    [Fact]
    public async Task The_version_stays_while_nothing_is_committed_and_changes_after_progress_recorded_or_a_write_from_another_connection()
    {
        await using var database = TestDatabase.InTemporaryFile();
        await using var provider = await SeededAsync(database);
        var records = provider.GetRequiredService<IBoardRecordsVersion>();

        var first = await records.ReadAsync();
        await using (var scope = provider.CreateAsyncScope())
        {
            // Reading commits nothing.
            Assert.NotNull(await scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>().GetAsync(HscbKey));
        }
        var unchanged = await records.ReadAsync();

        await using (var scope = provider.CreateAsyncScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>();
            var plan = (await repository.GetAsync(HscbKey))!;
            var result = await repository.RecordProgressAsync(HscbKey, Submissions.For(plan, plan.FindAction("2.1.3")!, Submissions.Sam, complete: true));
            Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        }
        var afterProgress = await records.ReadAsync();

        // Another process's write: a connection of its own, outside the services.
        await using (var other = new SqliteConnection($"Data Source={database.FilePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var command = other.CreateCommand();
            command.CommandText = "UPDATE \"BusinessPlans\" SET \"Title\" = \"Title\" || ' (revised)' WHERE \"Key\" = $key;";
            command.Parameters.AddWithValue("$key", HscbKey);
            Assert.Equal(1, await command.ExecuteNonQueryAsync());
        }
        var afterOtherWrite = await records.ReadAsync();

        Assert.NotNull(first);
        Assert.Equal(first, unchanged);
        Assert.NotEqual(unchanged, afterProgress);
        Assert.NotNull(afterOtherWrite);
        Assert.NotEqual(afterProgress, afterOtherWrite);
        Assert.Equal(afterOtherWrite, await records.ReadAsync());
    }

    [Fact]
    public async Task Readers_at_once_after_a_commit_are_never_given_a_version_given_before_it()
    {
        await using var database = TestDatabase.InTemporaryFile();
        await using var provider = await SeededAsync(database);
        var records = provider.GetRequiredService<IBoardRecordsVersion>();

        // Eight readers at once, so that several connections of the pool each see the commit.
        async Task<HashSet<string?>> ReadAtOnceAsync() =>
            [.. (await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Task.Run(async () =>
            {
                var seen = new List<string?>();
                for (var read = 0; read < 50; read++)
                {
                    seen.Add(await records.ReadAsync());
                }
                return seen;
            })))).SelectMany(seen => seen)];

        var before = await ReadAtOnceAsync();
        await using (var other = new SqliteConnection($"Data Source={database.FilePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var command = other.CreateCommand();
            command.CommandText = "UPDATE \"BusinessPlans\" SET \"Title\" = \"Title\" || ' (revised)';";
            Assert.True(await command.ExecuteNonQueryAsync() > 0);
        }
        var after = await ReadAtOnceAsync();

        Assert.DoesNotContain(null, before);
        Assert.Empty(before.Intersect(after));
    }

    [Fact]
    public async Task With_the_version_a_kept_plan_and_list_cost_no_query_until_a_write_from_elsewhere_is_seen()
    {
        await using var database = TestDatabase.InTemporaryFile();
        var commands = new CommandCounter();
        await using var provider = await SeededAsync(database, commands);
        async Task<T> ReadAsync<T>(Func<IBusinessPlanRepository, Task<T>> read)
        {
            await using var scope = provider.CreateAsyncScope();
            return await read(scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>());
        }

        var first = (await ReadAsync(plans => plans.GetAsync(HscbKey)))!;
        var list = await ReadAsync(plans => plans.ListAsync());
        commands.Count = 0;
        var second = await ReadAsync(plans => plans.GetAsync(HscbKey));
        var listAgain = await ReadAsync(plans => plans.ListAsync());

        Assert.Same(first, second);
        Assert.Same(list, listAgain);
        Assert.Equal(0, commands.Count);

        // Another process records 2.1.3 complete: the next read shows it.
        var action = first.FindAction("2.1.3")!;
        await using (var elsewhere = database.NewContext())
        {
            var result = await new EntityFrameworkBusinessPlanRepository(elsewhere).RecordProgressAsync(HscbKey, Submissions.For(first, action, Submissions.Sam, complete: true));
            Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        }
        var afterUpdate = (await ReadAsync(plans => plans.GetAsync(HscbKey)))!;

        Assert.NotSame(first, afterUpdate);
        Assert.Equal(action.Version + 1, afterUpdate.FindAction("2.1.3")!.Version);
        Assert.True(commands.Count > 0);
        // A commit that leaves this plan as it was (another plan's title) costs its stamp, not a reload.
        await using (var other = new SqliteConnection($"Data Source={database.FilePath};Pooling=False"))
        {
            await other.OpenAsync();
            await using var command = other.CreateCommand();
            command.CommandText = "UPDATE \"BusinessPlans\" SET \"Title\" = \"Title\" || ' (revised)' WHERE \"Key\" <> $key;";
            command.Parameters.AddWithValue("$key", HscbKey);
            Assert.Equal(SeedFiles.PlanFileNames.Count() - 1, await command.ExecuteNonQueryAsync());
        }
        commands.Count = 0;
        Assert.Same(afterUpdate, await ReadAsync(plans => plans.GetAsync(HscbKey)));
        Assert.Equal(1, commands.Count);
    }

    [Fact]
    public async Task An_in_memory_database_has_no_version_so_nothing_is_kept()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        var services = new ServiceCollection().AddLogging().AddSafeguardingEntityFrameworkCore(options => options.UseSqlite(connection));
        await using var provider = services.BuildServiceProvider();

        Assert.Null(await provider.GetRequiredService<IBoardRecordsVersion>().ReadAsync());
    }

    [Fact]
    public async Task A_provider_other_than_sqlite_has_no_version_and_is_not_connected_to()
    {
        var services = new ServiceCollection().AddLogging().AddSafeguardingPostgreSql("Host=never.invalid;Database=safeguarding;Username=safeguarding");
        await using var provider = services.BuildServiceProvider();

        Assert.Null(await provider.GetRequiredService<IBoardRecordsVersion>().ReadAsync());
    }

    [Theory]
    [InlineData("Data Source=intranet.db", true)]
    [InlineData("Filename=/var/lib/intranet/plans.db;Cache=Private", true)]
    [InlineData("Data Source=intranet.db;Mode=ReadOnly", true)]
    [InlineData("Data Source=:memory:", false)]
    [InlineData("Data Source=", false)]
    [InlineData("Data Source=plans;Mode=Memory;Cache=Shared", false)]
    [InlineData("Data Source=file:plans?mode=memory&cache=shared", false)]
    [InlineData("Data Source=intranet.db;Cache=Shared", false)]
    public void Only_a_file_that_connections_do_not_share_a_cache_of_has_a_version(string connectionString, bool hasVersion) =>
        Assert.Equal(hasVersion, EntityFrameworkBoardRecordsVersion.IsSqliteFile(connectionString));

    // The services of a host on a new SQLite file, seeded with the plan files.
    private static async Task<ServiceProvider> SeededAsync(SqliteTestDatabase database, CommandCounter? commands = null)
    {
        var services = new ServiceCollection().AddLogging().AddSafeguardingEntityFrameworkCore(options =>
        {
            options.UseSqlite($"Data Source={database.FilePath}");
            if (commands is not null)
            {
                options.AddInterceptors(commands);
            }
        });
        var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = provider.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<SafeguardingDatabaseInitializer>().InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
        return provider;
    }
}
