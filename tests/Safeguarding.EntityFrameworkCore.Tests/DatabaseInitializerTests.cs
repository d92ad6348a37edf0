using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.EntityFrameworkCore.Tests;

public class DatabaseInitializerTests
{
    [Fact]
    public async Task First_run_creates_the_database_file_and_seeds_every_plan_file()
    {
        await using var database = TestDatabase.InTemporaryFile();
        Assert.False(File.Exists(database.FilePath));

        await using (var context = database.NewContext())
        {
            var added = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder);
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
    public async Task A_database_that_holds_plans_is_never_reseeded()
    {
        await using var database = TestDatabase.InTemporaryFile();
        await using (var context = database.NewContext())
        {
            await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder);
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
            addedAgain = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder);
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
            await using var database = TestDatabase.InTemporaryFile();

            await using (var context = database.NewContext())
            {
                var problem = await Assert.ThrowsAsync<PlanFileException>(() => TestDatabase.Initializer(context).InitializeAsync(folder.FullName));
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

    [Fact]
    public async Task An_in_memory_database_is_migrated_and_seeded_too()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();

        var added = await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder);

        Assert.Equal(SeedFiles.PlanFileNames.Count(), added);
        Assert.Equal(added, await context.Plans.CountAsync());
    }
}
