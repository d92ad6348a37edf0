using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.EntityFrameworkCore.Specifications;

namespace Safeguarding.EntityFrameworkCore.Tests.Specifications;

public class ActionRecordSpecificationTests
{
    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task By_lead_agency_in_SQL_gives_the_same_actions_as_the_domain_spec(string fileName)
    {
        var plan = SeedFiles.Plan(fileName);
        await using var database = await StoredAsync(plan);
        await using var context = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(context);

        foreach (var agency in plan.Board.Agencies.Select(agency => agency.Name).Append("No such agency"))
        {
            var inMemory = new ActionsByLeadAgencySpec(agency).Evaluate(plan.Actions).Select(action => action.Ref);
            var inSql = await repository.ListActionsAsync(plan.Key, new ActionRecordsByLeadAgencySpec(agency));
            Assert.Equal(inMemory, inSql.Select(action => action.Ref));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task Overdue_in_SQL_gives_the_same_actions_in_the_same_order_as_the_domain_spec(string fileName)
    {
        var plan = SeedFiles.Plan(fileName);
        await using var database = await StoredAsync(plan);
        await using var context = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(context);

        foreach (var asAt in PlanDescription.DatesAcross(plan))
        {
            var inMemory = new OverdueActionsSpec(asAt).Evaluate(plan.Actions).Select(action => action.Ref).ToList();
            var inSql = await repository.ListActionsAsync(plan.Key, new OverdueActionRecordsSpec(asAt));
            Assert.Equal(inMemory, inSql.Select(action => action.Ref));
        }
    }

    [Theory]
    [MemberData(nameof(SeedFiles.All), MemberType = typeof(SeedFiles))]
    public async Task Due_in_a_month_in_SQL_gives_the_same_actions_as_the_domain_spec(string fileName)
    {
        var plan = SeedFiles.Plan(fileName);
        await using var database = await StoredAsync(plan);
        await using var context = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(context);
        // Every month an action falls due (a plan may have none), and a month of the plan's own.
        var months = plan.Actions.Where(action => action.DueDate is not null).Select(action => action.DueDate!.Value.ToYearMonth())
            .Append(plan.Period.Start.ToYearMonth()).Distinct();

        foreach (var month in months)
        {
            var inMemory = new ActionsDueInMonthSpec(month).Evaluate(plan.Actions).Select(action => action.Ref);
            var inSql = await repository.ListActionsAsync(plan.Key, new ActionRecordsDueInMonthSpec(month));
            Assert.Equal(inMemory, inSql.Select(action => action.Ref));
        }
    }

    [Fact]
    public async Task Due_in_October_2014_finds_the_fourteen_Herefordshire_actions_of_that_month()
    {
        var plan = SeedFiles.Plan("hscb-business-plan-2014-15.json");
        await using var database = await StoredAsync(plan);
        await using var context = database.NewContext();

        var october = await new EntityFrameworkBusinessPlanRepository(context).ListActionsAsync(plan.Key, new ActionRecordsDueInMonthSpec(new YearMonth(2014, 10)));

        Assert.Equal(14, october.Count);
        Assert.All(october, action => Assert.Equal(new LocalDate(2014, 10, 31), action.DueDate));
    }

    [Fact]
    public async Task Record_specs_are_translated_to_SQL_not_evaluated_in_memory()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();

        var overdue = SpecificationEvaluator.Default.GetQuery(context.Actions, new OverdueActionRecordsSpec(new LocalDate(2014, 11, 30))).ToQueryString();
        var byAgency = SpecificationEvaluator.Default.GetQuery(context.Actions, new ActionRecordsByLeadAgencySpec("Herefordshire Council")).ToQueryString();
        var dueInMonth = SpecificationEvaluator.Default.GetQuery(context.Actions, new ActionRecordsDueInMonthSpec(new YearMonth(2014, 10))).ToQueryString();

        Assert.Contains("\"DueDate\" < ", overdue, StringComparison.Ordinal);
        Assert.Contains("\"CompletedOn\"", overdue, StringComparison.Ordinal);
        Assert.Contains("ORDER BY \"p\".\"DueDate\"", overdue, StringComparison.Ordinal);
        Assert.Contains("\"LeadAgencyName\" = ", byAgency, StringComparison.Ordinal);
        Assert.Contains("\"DueDate\" >= ", dueInMonth, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Actions_come_back_with_their_progress_history_and_none_for_an_unknown_plan()
    {
        var plan = SeedFiles.Plan("safeguarding-review-exception-report-2009-05.json");
        await using var database = await StoredAsync(plan);
        await using var context = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(context);
        var asAt = new LocalDate(2009, 5, 31);

        var overdue = await repository.ListActionsAsync(plan.Key, new OverdueActionRecordsSpec(asAt));

        Assert.Equal("3.4", overdue[0].Ref);
        Assert.Equal(plan.FindAction("3.4")!.Progress.Count, overdue[0].Progress.Count);
        Assert.Empty(await repository.ListActionsAsync("no-such-plan", new OverdueActionRecordsSpec(asAt)));
    }

    private static async Task<TestDatabase> StoredAsync(BusinessPlan plan)
    {
        var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();
        await new EntityFrameworkBusinessPlanRepository(context).AddAsync(plan);
        return database;
    }
}
