namespace Safeguarding.EntityFrameworkCore.Tests;

public abstract class RoundTripTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task A_seed_plan_saved_and_loaded_back_is_the_same_plan_field_by_field(string fileName)
    {
        var original = SeedFiles.Plan(fileName);
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(original);
        }

        await using var reading = database.NewContext();
        var loaded = await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(original.Key);

        Assert.NotNull(loaded);
        Assert.Equal(PlanDescription.Fields(original), PlanDescription.Fields(loaded));
        Assert.Equal(original.Actions.Count(), loaded.Actions.Count());
        Assert.Equal(original.Actions.Sum(action => action.Progress.Count), loaded.Actions.Sum(action => action.Progress.Count));
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task A_seed_plan_loaded_back_gets_the_same_ratings_and_exception_reports_as_at_every_date(string fileName)
    {
        var original = SeedFiles.Plan(fileName);
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(original);
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(original.Key))!;

        foreach (var asAt in PlanDescription.DatesAcross(original))
        {
            Assert.Equal(PlanDescription.AsAt(original, asAt), PlanDescription.AsAt(loaded, asAt));
        }
    }

    [Fact]
    public async Task Plans_are_listed_by_title_with_their_board_and_period()
    {
        await using var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(context);
        var plans = SeedFiles.PlanFileNames.Select(SeedFiles.Plan).ToList();
        foreach (var plan in plans)
        {
            await repository.AddAsync(plan);
        }

        var listed = await repository.ListAsync();

        Assert.Equal(plans.OrderBy(plan => plan.Title, StringComparer.Ordinal).Select(plan => (plan.Key, plan.Board.Name, plan.Period)),
            listed.Select(summary => (summary.Key, summary.BoardName, summary.Period)));
        Assert.Null(await repository.GetAsync("no-such-plan"));
    }
}

/// <summary>Plans read back as written on SQLite.</summary>
public sealed class SqliteRoundTripTests() : RoundTripTests(TestProvider.Sqlite);

/// <summary>Plans read back as written on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlRoundTripTests(PostgreSqlServer server) : RoundTripTests(server);
