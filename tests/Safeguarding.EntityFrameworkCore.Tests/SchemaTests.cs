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
            Assert.Equal(["20261127090409_RecordingProgress", "20261127112707_PlanLifecycle", "20261127122906_CaseRegisters"], await context.Database.GetPendingMigrationsAsync());
            await context.Database.MigrateAsync();
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(original.Key))!;
        Assert.Equal(PlanDescription.Fields(original), PlanDescription.Fields(loaded));
        Assert.All(loaded.Actions.SelectMany(action => action.Progress), update => Assert.Null(update.RecordedBy));
        // Plans stored before the lifecycle columns are current, at their first revision.
        Assert.False(loaded.IsArchived);
        Assert.Equal(0, loaded.Revision);
    }

    [Theory]
    [InlineData("postgresql")]
    [InlineData("sqlserver")]
    public async Task Each_providers_migrations_match_the_model(string provider)
    {
        await using var context = ContextFor(provider);

        // Fails when the model changed without `dotnet ef migrations add` for this provider's project.
        Assert.False(context.Database.HasPendingModelChanges());
        Assert.NotEmpty(context.Database.GetMigrations());
    }

    [Theory]
    [InlineData("postgresql", "src/Safeguarding.EntityFrameworkCore.PostgreSql/safeguarding-postgresql.sql")]
    [InlineData("sqlserver", "src/Safeguarding.EntityFrameworkCore.SqlServer/safeguarding-sqlserver.sql")]
    public async Task The_checked_in_idempotent_script_is_the_script_of_the_providers_migrations(string provider, string script)
    {
        await using var context = ContextFor(provider);
        var path = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, script);

        // As `dotnet ef migrations script --idempotent` writes it; no server is needed.
        var generated = context.GetService<IMigrator>().GenerateScript(options: MigrationsSqlGenerationOptions.Idempotent);

        var regenerate = $"Regenerate it: dotnet ef migrations script --idempotent --project {Path.GetDirectoryName(script)} --startup-project {Path.GetDirectoryName(script)} -o {script} && sed -i '1s/^\\xEF\\xBB\\xBF//' {script}";
        Assert.True(Normalized(await File.ReadAllTextAsync(path)) == Normalized(generated), $"{script} is not the script of the migrations. {regenerate}");
        // psql reads a byte order mark as part of the first statement, which then fails.
        Assert.False((await File.ReadAllBytesAsync(path)).AsSpan().StartsWith("\uFEFF"u8), $"{script} starts with a byte order mark. {regenerate}");
    }

    [Fact]
    public async Task The_SQL_Server_script_makes_the_idempotency_key_unique_only_where_it_is_given()
    {
        var script = await File.ReadAllTextAsync(Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, "src/Safeguarding.EntityFrameworkCore.SqlServer/safeguarding-sqlserver.sql"));

        // SQL Server counts NULLs as equal in a unique index: updates imported without a key must not collide.
        Assert.Contains("CREATE UNIQUE INDEX [IX_ProgressUpdates_PlanActionId_IdempotencyKey] ON [ProgressUpdates] ([PlanActionId], [IdempotencyKey]) WHERE [IdempotencyKey] IS NOT NULL", script, StringComparison.Ordinal);
        Assert.Contains("CREATE UNIQUE INDEX [IX_ProgressUpdates_PlanActionId_Sequence]", script, StringComparison.Ordinal);
    }

    private static SafeguardingDbContext ContextFor(string provider)
    {
        var builder = new DbContextOptionsBuilder<SafeguardingDbContext>();
        _ = provider == "postgresql"
            ? builder.UseNpgsql("Host=localhost;Database=safeguarding;Username=safeguarding")
            : builder.UseSqlServer("Server=localhost;Database=safeguarding;Integrated Security=true");
        return new SafeguardingDbContext(builder.Options);
    }

    private static string Normalized(string script) => script.TrimStart('\uFEFF').ReplaceLineEndings("\n").Trim();
}
