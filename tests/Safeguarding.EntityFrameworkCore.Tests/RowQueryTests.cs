using System.Linq.Expressions;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// Start-up's questions ("does the database hold plans, this plan, any case?") are answered by plain
/// commands through EF Core's command pipeline, not LINQ queries, so that a start on an existing
/// database compiles none of EF Core's query pipeline; the answers are LINQ's.
/// </summary>
public abstract class RowQueryTests(TestProvider databases)
{
    private const string HscbKey = "hscb-business-plan-2014-15";

    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Fact]
    public async Task Start_up_on_a_database_that_holds_plans_compiles_no_LINQ_query()
    {
        await using var database = await Databases.MigratedWithAsync(SeedFiles.Plan(HscbKey + ".json"));
        var compiled = new QueryCompilationCounter();
        var commands = new CommandCounter();
        await using var context = database.NewContext(compiled, commands);

        Assert.Equal(0, await TestDatabase.Initializer(context).InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating));
        Assert.True(await new EntityFrameworkBusinessPlanRepository(context).ExistsAsync(HscbKey));
        Assert.True(await new EntityFrameworkAllegationCaseRepository(context).IsEmptyAsync());
        Assert.True(await new EntityFrameworkPrivateFosteringRepository(context).IsEmptyAsync());

        Assert.Equal(0, compiled.Count);
        // Through EF Core's command pipeline (the interceptors saw each question), as plain SQL of
        // the package's own rather than the SQL of a LINQ query (which names an alias for the table).
        Assert.Contains("SELECT COUNT(*) FROM \"BusinessPlans\"", commands.Texts);
        Assert.Equal(3, commands.Texts.Count(text => text.StartsWith("SELECT CASE WHEN EXISTS (SELECT 1 FROM ", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Counts_and_existence_are_LINQ_s_answers_and_a_key_is_a_parameter_not_SQL()
    {
        await using var database = await Databases.MigratedWithAsync(SeedFiles.Plan(HscbKey + ".json"));
        await using var context = database.NewContext();

        Assert.Equal(await context.Plans.LongCountAsync(), await SafeguardingRowQueries.CountAsync<BusinessPlanRecord>(context, default));
        Assert.Equal(1, await SafeguardingRowQueries.CountAsync<BusinessPlanRecord>(context, default));
        Assert.True(await SafeguardingRowQueries.AnyAsync<BusinessPlanRecord>(context));
        Assert.False(await SafeguardingRowQueries.AnyAsync<AllegationCaseRecord>(context));
        Assert.True(await SafeguardingRowQueries.AnyWhereAsync<BusinessPlanRecord>(context, nameof(BusinessPlanRecord.Key), HscbKey, default));
        Assert.False(await SafeguardingRowQueries.AnyWhereAsync<BusinessPlanRecord>(context, nameof(BusinessPlanRecord.Key), HscbKey.ToUpperInvariant(), default));
        Assert.False(await SafeguardingRowQueries.AnyWhereAsync<BusinessPlanRecord>(context, nameof(BusinessPlanRecord.Key), "x' OR '1'='1", default));
    }

    [Fact]
    public async Task A_question_asked_inside_a_transaction_sees_what_the_transaction_added()
    {
        await using var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();
        var plans = new EntityFrameworkBusinessPlanRepository(context);

        await using (var transaction = await context.Database.BeginTransactionAsync())
        {
            context.Plans.Add(PlanRecordMapper.ToRecord(SeedFiles.Plan(HscbKey + ".json")));
            await context.SaveChangesAsync();

            Assert.True(await plans.ExistsAsync(HscbKey));
            Assert.Equal(1, await SafeguardingRowQueries.CountAsync<BusinessPlanRecord>(context, default));
            await transaction.RollbackAsync();
        }
        context.ChangeTracker.Clear();

        Assert.False(await plans.ExistsAsync(HscbKey));
    }
}

/// <summary>Start-up's questions on SQLite.</summary>
public sealed class SqliteRowQueryTests() : RowQueryTests(TestProvider.Sqlite)
{
    [Fact]
    public async Task A_table_the_entity_shares_or_filters_is_asked_through_LINQ_so_the_answer_is_still_LINQ_s()
    {
        await using var connection = new SqliteConnection("Data Source=:memory:");
        await connection.OpenAsync();
        await using var context = new SharedTablesContext(connection);
        await context.Database.EnsureCreatedAsync();
        context.AddRange(new Dog { Name = "Rex" }, new Note { Hidden = true });
        await context.SaveChangesAsync();

        // One table holds both kinds of animal; the only note is hidden by the model's filter.
        Assert.True(await SafeguardingRowQueries.AnyAsync<Dog>(context));
        Assert.True(await SafeguardingRowQueries.AnyAsync<Animal>(context));
        Assert.False(await SafeguardingRowQueries.AnyAsync<Cat>(context));
        Assert.False(await SafeguardingRowQueries.AnyAsync<Note>(context));
        Assert.Equal(0, await SafeguardingRowQueries.CountAsync<Note>(context, default));
        Assert.Equal(1, await SafeguardingRowQueries.CountAsync<Animal>(context, default));
    }

    [Fact]
    public async Task A_type_the_model_does_not_map_is_refused_naming_it()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();

        var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => SafeguardingRowQueries.AnyAsync<Note>(context));

        Assert.Contains(nameof(Note), refused.Message, StringComparison.Ordinal);
        Assert.Contains(nameof(SafeguardingDbContext), refused.Message, StringComparison.Ordinal);
    }

    /// <summary>A hierarchy in one table, and an entity with a query filter.</summary>
    private sealed class SharedTablesContext(SqliteConnection connection) : DbContext
    {
        protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder) => optionsBuilder.UseSqlite(connection);

        protected override void OnModelCreating(ModelBuilder modelBuilder)
        {
            modelBuilder.Entity<Animal>();
            modelBuilder.Entity<Dog>();
            modelBuilder.Entity<Cat>();
            modelBuilder.Entity<Note>().HasQueryFilter(note => !note.Hidden);
        }
    }

    private abstract class Animal
    {
        public int Id { get; set; }

        public string Name { get; set; } = "";
    }

    private sealed class Dog : Animal;

    private sealed class Cat : Animal;

    private sealed class Note
    {
        public int Id { get; set; }

        public bool Hidden { get; set; }
    }
}

/// <summary>Start-up's questions on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlRowQueryTests(PostgreSqlServer server) : RowQueryTests(server);

/// <summary>Counts the LINQ queries EF Core compiles (a query found in its cache is not compiled again).</summary>
internal sealed class QueryCompilationCounter : IQueryExpressionInterceptor
{
    internal int Count { get; private set; }

    public Expression QueryCompilationStarting(Expression queryExpression, QueryExpressionEventData eventData)
    {
        Count++;
        return queryExpression;
    }
}
