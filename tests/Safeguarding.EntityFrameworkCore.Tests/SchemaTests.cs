using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;

namespace Safeguarding.EntityFrameworkCore.Tests;

public class SchemaTests
{
    [Fact]
    public async Task The_migrations_match_the_model()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();

        // Fails when the model changed without `dotnet ef migrations add`.
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.Empty(await context.Database.GetPendingMigrationsAsync());
    }

    [Fact]
    public async Task The_same_model_builds_a_PostgreSQL_schema_with_native_dates()
    {
        var options = new DbContextOptionsBuilder<SafeguardingDbContext>()
            .UseNpgsql("Host=localhost;Database=safeguarding;Username=safeguarding").Options;
        await using var context = new SafeguardingDbContext(options);

        // Generating the script needs no server: this checks the model, not a database.
        var script = context.Database.GenerateCreateScript();

        Assert.Contains("CREATE TABLE \"PlanActions\"", script, StringComparison.Ordinal);
        Assert.Contains("\"DueDate\" date", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_BusinessPlans_Key\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE TABLE \"ProgressReviews\"", script, StringComparison.Ordinal);
        Assert.Contains("\"RecordedAt\" bigint", script, StringComparison.Ordinal);
        Assert.Contains("\"ReviewedAt\" bigint NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_ProgressUpdates_PlanActionId_IdempotencyKey\"", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX \"IX_ProgressUpdates_PlanActionId_Sequence\"", script, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_database_made_before_progress_was_recorded_upgrades_and_its_plans_read_the_same()
    {
        var original = SeedFiles.Plan("hscb-business-plan-2014-15.json");
        await using var database = await TestDatabase.InMemoryAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(original);
            // Back to the first schema (the new columns dropped, the rows kept), then up again: the
            // rows stored before get the new columns' defaults, which must read as imported updates.
            await context.GetService<IMigrator>().MigrateAsync("20261123150322_InitialCreate");
            Assert.Equal(["20261127090409_RecordingProgress"], await context.Database.GetPendingMigrationsAsync());
            await context.Database.MigrateAsync();
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(original.Key))!;
        Assert.Equal(PlanDescription.Fields(original), PlanDescription.Fields(loaded));
        Assert.All(loaded.Actions.SelectMany(action => action.Progress), update => Assert.Null(update.RecordedBy));
    }
}
