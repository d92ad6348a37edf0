using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// "Is there one?" as a host asks on start-up before adding what it adds once (the sample's
/// demonstration plan and cases): one query each, answered from the rows that are there, with
/// nothing read whole.
/// </summary>
public abstract class ExistenceQueryTests(TestProvider databases)
{
    private const string Hscb2014 = "hscb-business-plan-2014-15.json";
    private const string HscbKey = "hscb-business-plan-2014-15";

    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Fact]
    public async Task Whether_a_plan_is_kept_is_one_query_and_true_only_for_a_kept_key()
    {
        await using var database = await Databases.MigratedAsync();
        var commands = new CommandCounter();
        await using var context = database.NewContext(commands);
        var repository = new EntityFrameworkBusinessPlanRepository(context);

        Assert.False(await repository.ExistsAsync(HscbKey));
        await repository.AddAsync(SeedFiles.Plan(Hscb2014));
        commands.Count = 0;

        Assert.True(await repository.ExistsAsync(HscbKey));
        Assert.Equal(1, commands.Count);
        Assert.False(await repository.ExistsAsync(HscbKey + "-2"));
    }

    [Fact]
    public async Task Each_register_is_empty_until_it_holds_a_case_whatever_the_other_holds()
    {
        await using var database = await Databases.MigratedAsync();
        var commands = new CommandCounter();
        await using var context = database.NewContext(commands);
        var allegations = new EntityFrameworkAllegationCaseRepository(context);
        var privateFostering = new EntityFrameworkPrivateFosteringRepository(context);

        Assert.True(await allegations.IsEmptyAsync());
        Assert.True(await privateFostering.IsEmptyAsync());

        Assert.Empty(await allegations.AddAsync([new AllegationCase(new CaseReference("LADO-2015-001"), new LocalDate(2015, 5, 6))]));
        commands.Count = 0;
        Assert.False(await allegations.IsEmptyAsync());
        Assert.Equal(1, commands.Count);
        Assert.True(await privateFostering.IsEmptyAsync());

        var arrangement = new PrivateFosteringArrangement(new CaseReference("PF-2016-001"), new LocalDate(2004, 2, 29), new LocalDate(2016, 4, 4));
        Assert.True(await privateFostering.AddAsync(new PrivateFosteringRecord(arrangement, [new PrivateFosteringVisit(new LocalDate(2016, 4, 10), true)])));
        commands.Count = 0;
        Assert.False(await privateFostering.IsEmptyAsync());
        Assert.Equal(1, commands.Count);
    }
}

/// <summary>The existence queries on SQLite.</summary>
public sealed class SqliteExistenceQueryTests() : ExistenceQueryTests(TestProvider.Sqlite);

/// <summary>The existence queries on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlExistenceQueryTests(PostgreSqlServer server) : ExistenceQueryTests(server);
