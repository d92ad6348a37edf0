using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.EntityFrameworkCore.Persistence;
using Safeguarding.EntityFrameworkCore.Specifications;

namespace Safeguarding.EntityFrameworkCore.Tests.Specifications;

public abstract class ActionRecordSpecificationTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task By_lead_agency_in_SQL_gives_the_same_actions_as_the_domain_spec(string fileName)
    {
        await using var stored = await StoredPlan.OpenAsync(fileName, Databases);
        var (plan, repository) = (stored.Plan, stored.Repository);

        foreach (var agency in Agencies(plan))
        {
            var inMemory = new ActionsByLeadAgencySpec(agency).Evaluate(plan.Actions).Select(action => action.Ref);
            var inSql = await repository.ListActionsAsync(plan.Key, new ActionRecordsByLeadAgencySpec(agency));
            Assert.Equal(inMemory, inSql.Select(action => action.Ref));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task Overdue_in_SQL_gives_the_domain_specs_actions_in_its_order_but_those_only_an_earlier_milestone_makes_overdue(string fileName)
    {
        await using var stored = await StoredPlan.OpenAsync(fileName, Databases);
        var (plan, repository) = (stored.Plan, stored.Repository);

        foreach (var asAt in PlanDescription.DatesAcross(plan))
        {
            var inMemory = new OverdueActionsSpec(asAt).Evaluate(plan.Actions).ToList();
            var inSql = (await repository.ListActionsAsync(plan.Key, new OverdueActionRecordsSpec(asAt))).Select(action => action.Ref).ToList();
            // SQL sees final due dates only (the spec's remarks say so): it leaves out exactly the
            // actions overdue because an earlier milestone passed unmet, and orders the rest alike.
            var byFinalDate = inMemory.Where(action => action.DueDate < asAt).ToList();
            Assert.All(inMemory.Except(byFinalDate), action => Assert.True(action.DueDateAsAt(asAt) < action.DueDate));
            Assert.Equal(byFinalDate.OrderBy(action => action.DueDate).ThenBy(action => action.Ref).Select(action => action.Ref), inSql);
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task Due_in_a_month_in_SQL_gives_the_same_actions_as_the_domain_spec(string fileName)
    {
        await using var stored = await StoredPlan.OpenAsync(fileName, Databases);
        var (plan, repository) = (stored.Plan, stored.Repository);
        foreach (var month in Months(plan))
        {
            var inMemory = new ActionsDueInMonthSpec(month).Evaluate(plan.Actions).Select(action => action.Ref);
            var inSql = await repository.ListActionsAsync(plan.Key, new ActionRecordsDueInMonthSpec(month));
            Assert.Equal(inMemory, inSql.Select(action => action.Ref));
        }
    }

    [Fact]
    public async Task Due_in_October_2014_finds_the_fourteen_Herefordshire_actions_of_that_month()
    {
        await using var stored = await StoredPlan.OpenAsync("hscb-business-plan-2014-15.json", Databases);

        var october = await stored.Repository.ListActionsAsync(stored.Plan.Key, new ActionRecordsDueInMonthSpec(new YearMonth(2014, 10)));

        Assert.Equal(14, october.Count);
        Assert.All(october, action => Assert.Equal(new LocalDate(2014, 10, 31), action.DueDate));
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task Each_record_spec_gives_the_same_records_in_the_same_order_in_SQL_as_the_package_gives_in_memory(string fileName)
    {
        await using var stored = await StoredPlan.OpenAsync(fileName, Databases);
        var actions = stored.Context.Actions.AsNoTracking().Where(action => action.PlanKey == stored.Plan.Key);
        var records = await actions.OrderBy(action => action.Position).ToListAsync();

        foreach (var spec in RecordSpecs(stored.Plan))
        {
            var inSql = await SpecificationEvaluator.Default.GetQuery(actions, spec).Select(action => action.Ref).ToListAsync();
            var inMemory = InMemorySpecificationEvaluator.Default.Evaluate(records, spec).Select(action => action.Ref);
            Assert.Equal(inMemory, inSql);
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public void Each_domain_spec_gives_the_same_actions_in_the_same_order_through_the_queryable_evaluator_as_in_memory(string fileName)
    {
        var plan = SeedFiles.Plan(fileName);

        foreach (var spec in DomainSpecs(plan))
        {
            var queryable = SpecificationEvaluator.Default.GetQuery(plan.Actions.AsQueryable(), spec).Select(action => action.Ref);
            var inMemory = InMemorySpecificationEvaluator.Default.Evaluate(plan.Actions, spec).Select(action => action.Ref);
            Assert.Equal(inMemory, queryable);
        }
    }

    [Fact]
    public async Task Criteria_only_leaves_out_the_order_and_the_page()
    {
        await using var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();

        var sql = SpecificationEvaluator.Default.GetQuery(context.Actions, new PagedRecords(skip: 2, take: 3), evaluateCriteriaOnly: true).ToQueryString();

        Assert.Contains("\"LeadAgencyName\"", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("ORDER BY", sql, StringComparison.Ordinal);
        Assert.DoesNotContain("LIMIT", sql, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_spec_that_asks_for_what_the_evaluator_does_not_apply_is_refused()
    {
        await using var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();

        var refused = Assert.Throws<NotSupportedException>(() => SpecificationEvaluator.Default.GetQuery(context.Actions, new SearchedRecords()));

        Assert.Contains("Search", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Record_specs_are_translated_to_SQL_not_evaluated_in_memory()
    {
        await using var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();

        var overdue = SpecificationEvaluator.Default.GetQuery(context.Actions, new OverdueActionRecordsSpec(new LocalDate(2014, 11, 30))).ToQueryString();
        var byAgency = SpecificationEvaluator.Default.GetQuery(context.Actions, new ActionRecordsByLeadAgencySpec("Herefordshire Council")).ToQueryString();
        var dueInMonth = SpecificationEvaluator.Default.GetQuery(context.Actions, new ActionRecordsDueInMonthSpec(new YearMonth(2014, 10))).ToQueryString();

        Assert.Contains("\"DueDate\" < ", overdue, StringComparison.Ordinal);
        Assert.Contains("\"CompletedOn\"", overdue, StringComparison.Ordinal);
        // SQLite quotes the table alias ("p"."DueDate"), PostgreSQL does not (p."DueDate").
        Assert.Matches("ORDER BY \"?p\"?\\.\"DueDate\"", overdue);
        Assert.Contains("\"LeadAgencyName\" = ", byAgency, StringComparison.Ordinal);
        Assert.Contains("\"DueDate\" >= ", dueInMonth, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_come_back_with_their_progress_history_and_none_for_an_unknown_plan()
    {
        await using var stored = await StoredPlan.OpenAsync("safeguarding-review-exception-report-2009-05.json", Databases);
        var (plan, repository) = (stored.Plan, stored.Repository);
        var asAt = new LocalDate(2009, 5, 31);

        var overdue = await repository.ListActionsAsync(plan.Key, new OverdueActionRecordsSpec(asAt));

        Assert.Equal("3.4", overdue[0].Ref);
        Assert.Equal(plan.FindAction("3.4")!.Progress.Count, overdue[0].Progress.Count);
        Assert.Empty(await repository.ListActionsAsync("no-such-plan", new OverdueActionRecordsSpec(asAt)));
    }

    // Every record spec with the arguments the tests above use: each agency and none, each date
    // across the plan, each month an action falls due and one of the plan's own, and a page.
    private static IEnumerable<Specification<PlanActionRecord>> RecordSpecs(BusinessPlan plan) =>
        Agencies(plan).Select(agency => (Specification<PlanActionRecord>)new ActionRecordsByLeadAgencySpec(agency))
            .Concat(PlanDescription.DatesAcross(plan).Select(asAt => new OverdueActionRecordsSpec(asAt)))
            .Concat(Months(plan).Select(month => new ActionRecordsDueInMonthSpec(month)))
            .Append(new PagedRecords(skip: 2, take: 3));

    // The domain's specs with the same arguments, and each rating as at each of those dates.
    private static IEnumerable<Specification<PlanAction>> DomainSpecs(BusinessPlan plan) =>
        Agencies(plan).Select(agency => (Specification<PlanAction>)new ActionsByLeadAgencySpec(agency))
            .Concat(PlanDescription.DatesAcross(plan).Select(asAt => new OverdueActionsSpec(asAt)))
            .Concat(Months(plan).Select(month => new ActionsDueInMonthSpec(month)))
            .Concat(PlanDescription.DatesAcross(plan).SelectMany(asAt => Enum.GetValues<RagRating>().Select(rating => new ActionsByRatingSpec(plan, rating, asAt))));

    private static IEnumerable<string> Agencies(BusinessPlan plan) =>
        plan.Board.Agencies.Select(agency => agency.Name).Append("No such agency");

    private static IEnumerable<YearMonth> Months(BusinessPlan plan) =>
        plan.Actions.Where(action => action.DueDate is not null).Select(action => action.DueDate!.Value.ToYearMonth())
            .Append(plan.Period.Start.ToYearMonth()).Distinct();

    private sealed class PagedRecords : Specification<PlanActionRecord>
    {
        public PagedRecords(int skip, int take)
        {
            // Actions with no due date last, said outright: PostgreSQL sorts NULL above every date
            // (first when descending) where SQLite and LINQ sort it below (last).
            Query.Where(action => action.LeadAgencyName != "No such agency")
                .OrderBy(action => action.DueDate == null)
                .ThenByDescending(action => action.DueDate)
                .ThenBy(action => action.Ref);
            Query.Skip(skip).Take(take);
        }
    }

    private sealed class SearchedRecords : Specification<PlanActionRecord>
    {
        public SearchedRecords()
        {
            Query.Search(action => action.Ref, "3.%");
        }
    }

    // A seed plan stored in a fresh database of the suite's provider, with a context and a repository on it.
    private sealed class StoredPlan : IAsyncDisposable
    {
        private readonly TestDatabase _database;

        private StoredPlan(BusinessPlan plan, TestDatabase database)
        {
            Plan = plan;
            _database = database;
            Context = database.NewContext();
            Repository = new EntityFrameworkBusinessPlanRepository(Context);
        }

        public BusinessPlan Plan { get; }

        public SafeguardingDbContext Context { get; }

        public EntityFrameworkBusinessPlanRepository Repository { get; }

        public static async Task<StoredPlan> OpenAsync(string fileName, TestProvider databases)
        {
            var plan = SeedFiles.Plan(fileName);
            var database = await databases.MigratedAsync();
            await using (var context = database.NewContext())
            {
                await new EntityFrameworkBusinessPlanRepository(context).AddAsync(plan);
            }
            return new StoredPlan(plan, database);
        }

        public async ValueTask DisposeAsync()
        {
            await Context.DisposeAsync();
            await _database.DisposeAsync();
        }
    }
}

/// <summary>Specifications evaluated in SQL on SQLite.</summary>
public sealed class SqliteActionRecordSpecificationTests() : ActionRecordSpecificationTests(TestProvider.Sqlite);

/// <summary>Specifications evaluated in SQL on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlActionRecordSpecificationTests(PostgreSqlServer server) : ActionRecordSpecificationTests(server);
