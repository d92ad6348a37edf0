using Microsoft.EntityFrameworkCore;

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
    }
}
