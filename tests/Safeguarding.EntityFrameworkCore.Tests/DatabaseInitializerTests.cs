using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.EntityFrameworkCore.Tests;

public abstract class DatabaseInitializerTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Fact]
    public async Task First_run_asked_to_migrate_applies_the_providers_migrations_and_seeds_every_plan_file()
    {
        await using var database = await Databases.UnmigratedAsync();

        await using (var context = database.NewContext())
        {
            var added = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
            Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
        }

        await using var reading = database.NewContext();
        var listed = await new EntityFrameworkBusinessPlanRepository(reading).ListAsync();
        Assert.Equal(SeedFiles.PlanFileNames.Select(PlanFileImporter.KeyFor).Order(StringComparer.Ordinal),
            listed.Select(summary => summary.Key).Order(StringComparer.Ordinal));
        Assert.Empty(await reading.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await reading.Database.GetAppliedMigrationsAsync());
    }

    [Fact]
    public async Task Not_asked_to_migrate_a_database_without_the_schema_is_refused_saying_what_to_run()
    {
        await using var database = await Databases.UnmigratedAsync();
        await using var context = database.NewContext();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder));

        Assert.Contains("dotnet ef database update", refused.Message, StringComparison.Ordinal);
        Assert.Contains("ApplyMigrations", refused.Message, StringComparison.Ordinal);
        Assert.NotEmpty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task Not_asked_to_migrate_an_up_to_date_database_is_seeded()
    {
        await using var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();

        var added = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder);

        Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
    }

    [Fact]
    public async Task A_database_that_holds_plans_is_never_reseeded()
    {
        await using var database = await Databases.UnmigratedAsync();
        await using (var context = database.NewContext())
        {
            await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
        }
        const string key = "hscb-business-plan-2014-15";
        var plan = SeedFiles.Plan("hscb-business-plan-2014-15.json");
        var action = plan.Actions.First();
        await using (var context = database.NewContext())
        {
            var recorded = await new EntityFrameworkBusinessPlanRepository(context)
                .RecordProgressAsync(key, Submissions.For(plan, action, Submissions.Sam) with { Statement = "Recorded after seeding." });
            Assert.Equal(ProgressRecordingStatus.Recorded, recorded.Status);
        }

        int addedAgain;
        await using (var context = database.NewContext())
        {
            addedAgain = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
        }

        Assert.Equal(0, addedAgain);
        await using var reading = database.NewContext();
        Assert.Equal(SeedFiles.PlanFileNames.Count(), await reading.Plans.CountAsync());
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(key))!;
        Assert.Equal("Recorded after seeding.", loaded.FindAction(action.Ref)!.Progress[^1].Statement);
    }

    [Fact]
    public async Task A_bad_plan_file_in_the_seed_folder_adds_nothing()
    {
        var folder = Directory.CreateTempSubdirectory("safeguarding-seeds-");
        try
        {
            File.Copy(Path.Combine(SeedFiles.PlansFolder, "hscb-business-plan-2014-15.json"), Path.Combine(folder.FullName, "a-good-plan.json"));
            await File.WriteAllTextAsync(Path.Combine(folder.FullName, "z-bad-plan.json"), """{ "source": { "document": "x" }, "board": { "name": "A board" }, "plan": { "title": "Bad" } }""");
            await using var database = await Databases.UnmigratedAsync();

            await using (var context = database.NewContext())
            {
                var problem = await Assert.ThrowsAsync<PlanFileException>(() => TestDatabase.Initializer(context).InitializeAsync(folder.FullName, TestDatabase.Migrating));
                Assert.Contains("z-bad-plan.json", problem.Message, StringComparison.Ordinal);
            }

            await using var reading = database.NewContext();
            Assert.Equal(0, await reading.Plans.CountAsync());
            Assert.Equal(0, await reading.Actions.CountAsync());
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }
}

/// <summary>The initialiser on SQLite, with what only SQLite has: a file, memory, and a migration lock row.</summary>
public sealed class SqliteDatabaseInitializerTests() : DatabaseInitializerTests(TestProvider.Sqlite)
{
    [Fact]
    public async Task First_run_creates_the_database_file()
    {
        await using var database = TestDatabase.InTemporaryFile();
        Assert.False(File.Exists(database.FilePath));

        await using (var context = database.NewContext())
        {
            var added = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
            Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
        }

        Assert.True(File.Exists(database.FilePath));
        await using var reading = database.NewContext();
        var listed = await new EntityFrameworkBusinessPlanRepository(reading).ListAsync();
        Assert.Equal(SeedFiles.PlanFileNames.Select(PlanFileImporter.KeyFor).Order(StringComparer.Ordinal),
            listed.Select(summary => summary.Key).Order(StringComparer.Ordinal));
        Assert.Empty(await reading.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task An_in_memory_database_is_migrated_and_seeded_too()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();

        var added = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);

        Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
        Assert.Equal(added, await context.Plans.CountAsync());
    }
}

/// <summary>The initialiser on PostgreSQL: its own migrations, never EnsureCreated.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlDatabaseInitializerTests(PostgreSqlServer server) : DatabaseInitializerTests(server)
{
    [Fact]
    public async Task A_database_version_0_1_made_with_EnsureCreated_is_refused_with_the_statement_that_records_it_then_migrates()
    {
        await using var database = await server.CreateDatabaseAsync();
        await using (var context = database.NewContext())
        {
            // Version 0.1's schema (that of the first migration) as EnsureCreated left it: the tables, no history.
            await context.GetService<IMigrator>().MigrateAsync(context.Database.GetMigrations().First());
            await context.Database.ExecuteSqlRawAsync("DROP TABLE \"__EFMigrationsHistory\"");
        }

        await using (var context = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating));
            var first = context.Database.GetMigrations().First();
            Assert.Contains(first, refused.Message, StringComparison.Ordinal);
            Assert.Contains("__EFMigrationsHistory", refused.Message, StringComparison.Ordinal);

            // As the message says: the statements after its first line record the schema as migrated.
            var statements = refused.Message[(refused.Message.IndexOf('\n', StringComparison.Ordinal) + 1)..];
#pragma warning disable EF1002 // The statements are EF Core's own history scripts, not input.
            await context.Database.ExecuteSqlRawAsync(statements);
#pragma warning restore EF1002
        }

        await using (var context = database.NewContext())
        {
            Assert.Equal(SeedFiles.PlanFileNames.Count(), await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating));
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
        }
    }

    [Fact]
    public async Task The_packaged_idempotent_script_run_twice_on_an_empty_database_leaves_it_migrated()
    {
        await using var database = await server.CreateDatabaseAsync();
        var script = await File.ReadAllTextAsync(Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, "src/Safeguarding.EntityFrameworkCore.PostgreSql/safeguarding-postgresql.sql"));

        await using (var context = database.NewContext())
        {
#pragma warning disable EF1002 // The package's own script, as a DBA would run it.
            await context.Database.ExecuteSqlRawAsync(script);
            await context.Database.ExecuteSqlRawAsync(script);
#pragma warning restore EF1002
        }

        await using (var context = database.NewContext())
        {
            Assert.Empty(await context.Database.GetPendingMigrationsAsync());
            // Not asked to migrate: the host finds the schema up to date and seeds.
            Assert.Equal(SeedFiles.PlanFileNames.Count(), await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder));
        }
    }

    [Fact]
    public async Task A_host_that_asks_Npgsql_to_retry_on_failure_is_migrated_seeded_and_records_progress()
    {
        await using var database = await server.CreateDatabaseAsync();
        var options = new DbContextOptionsBuilder<SafeguardingDbContext>()
            .UseNpgsql(database.ConnectionString, npgsql => npgsql.EnableRetryOnFailure(3).CommandTimeout(60)).Options;

        await using (var context = new SafeguardingDbContext(options))
        {
            // The seeding transaction runs inside the retrying execution strategy, which refuses a bare one.
            var added = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
            Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
        }

        var plan = SeedFiles.Plan("hscb-business-plan-2014-15.json");
        await using (var context = new SafeguardingDbContext(options))
        {
            var recorded = await new EntityFrameworkBusinessPlanRepository(context)
                .RecordProgressAsync(plan.Key, Submissions.For(plan, plan.Actions.First(), Submissions.Sam));
            Assert.Equal(ProgressRecordingStatus.Recorded, recorded.Status);
        }
    }
}
