using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Tests;

public class RepositoryTests
{
    private const string Hscb2014 = "hscb-business-plan-2014-15.json";
    private const string HscbKey = "hscb-business-plan-2014-15";

    [Fact]
    public async Task A_second_plan_with_the_same_key_is_refused_and_nothing_is_changed()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var original = SeedFiles.Plan(Hscb2014);
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(original);
        }
        var before = await CountsAsync(database);
        var impostor = new BusinessPlan
        {
            Key = original.Key,
            Board = original.Board,
            Title = "Another plan with the same key",
            Period = original.Period,
            RagScheme = original.RagScheme,
            Priorities = [new Priority { Number = "9", Title = "Not to be stored", DirectActions = [new PlanAction { Ref = "9.1", PriorityNumber = "9" }] }],
        };

        await using (var context = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<InvalidOperationException>(() => new EntityFrameworkBusinessPlanRepository(context).AddAsync(impostor));
            Assert.Contains(original.Key, refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(database));
        await using var reading = database.NewContext();
        Assert.Equal(PlanDescription.Fields(original), PlanDescription.Fields((await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(original.Key))!));
    }

    [Fact]
    public async Task A_plan_whose_action_names_another_priority_is_refused_and_nothing_is_stored()
    {
        await using var database = await TestDatabase.InMemoryAsync();
        var plan = new BusinessPlan
        {
            Key = "inconsistent-plan",
            Board = new Board { Name = "Test Safeguarding Children Board" },
            Title = "A plan built in code",
            Period = new DateInterval(new LocalDate(2014, 4, 1), new LocalDate(2015, 3, 31)),
            RagScheme = BuiltInRagSchemes.ImprovementPlan2012,
            Priorities = [new Priority { Number = "1", Title = "First", DirectActions = [new PlanAction { Ref = "2.1", PriorityNumber = "2" }] }],
        };

        await using (var context = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<ArgumentException>(() => new EntityFrameworkBusinessPlanRepository(context).AddAsync(plan));
            Assert.Contains("action 2.1", refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal((0, 0, 0, 0, 0), await CountsAsync(database));
    }

    [Fact]
    public async Task Recorded_progress_is_stored_and_changes_the_derived_rating()
    {
        await using var database = await SeededAsync();
        var plan = SeedFiles.Plan(Hscb2014);
        Assert.True(plan.RagScheme.TryReadRating("completion", "G", out var green, out _));
        var asAt = new LocalDate(2014, 11, 30);
        var before = plan.FindAction("1.1.2")!;
        var update = new ProgressUpdate { AsAt = (before.Progress.Count > 0 ? before.Progress[^1].AsAt : new LocalDate(2014, 9, 1)).PlusDays(1), Statement = "Done.", Ratings = [green], MarkedComplete = true };

        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).RecordProgressAsync(HscbKey, "1.1.2", update);
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(HscbKey))!;
        var action = loaded.FindAction("1.1.2")!;
        Assert.Equal(before.Progress.Count + 1, action.Progress.Count);
        Assert.Equal("Done.", action.Progress[^1].Statement);
        Assert.Equal(update.AsAt, action.CompletedOn);
        Assert.Equal(update.AsAt, await reading.Actions.Where(record => record.PlanKey == HscbKey && record.Ref == "1.1.2").Select(record => record.CompletedOn).SingleAsync());
        Assert.Equal(RagRating.Complete, RagRules.Assess(loaded, action, asAt).Rating);
    }

    [Fact]
    public async Task Progress_on_an_unknown_plan_or_action_is_refused_and_nothing_is_changed()
    {
        await using var database = await SeededAsync();
        var before = await CountsAsync(database);
        var update = new ProgressUpdate { AsAt = new LocalDate(2014, 9, 15), Statement = "Nothing." };

        await using (var context = database.NewContext())
        {
            var repository = new EntityFrameworkBusinessPlanRepository(context);
            await Assert.ThrowsAsync<KeyNotFoundException>(() => repository.RecordProgressAsync(HscbKey, "9.9.9", update));
            await Assert.ThrowsAsync<KeyNotFoundException>(() => repository.RecordProgressAsync("no-such-plan", "1.1.2", update));
        }

        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task Progress_dated_before_the_latest_update_is_refused_and_nothing_is_changed()
    {
        await using var database = await SeededAsync();
        var plan = SeedFiles.Plan(Hscb2014);
        var action = plan.Actions.First(candidate => candidate.Progress.Count > 0);
        var latest = action.Progress[^1].AsAt;
        var before = await CountsAsync(database);

        await using (var context = database.NewContext())
        {
            var refused = await Assert.ThrowsAsync<ArgumentException>(() => new EntityFrameworkBusinessPlanRepository(context)
                .RecordProgressAsync(HscbKey, action.Ref, new ProgressUpdate { AsAt = latest.PlusDays(-1), Statement = "Too late to say." }));
            Assert.Contains(action.Ref, refused.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task Progress_on_the_same_day_as_the_latest_update_is_accepted()
    {
        await using var database = await SeededAsync();
        var action = SeedFiles.Plan(Hscb2014).Actions.First(candidate => candidate.Progress.Count > 0);

        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context)
                .RecordProgressAsync(HscbKey, action.Ref, new ProgressUpdate { AsAt = action.Progress[^1].AsAt, Statement = "A second word that day." });
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(HscbKey))!;
        Assert.Equal(action.Progress.Count + 1, loaded.FindAction(action.Ref)!.Progress.Count);
    }

    private static async Task<TestDatabase> SeededAsync()
    {
        var database = await TestDatabase.InMemoryAsync();
        await using var context = database.NewContext();
        await new EntityFrameworkBusinessPlanRepository(context).AddAsync(SeedFiles.Plan(Hscb2014));
        return database;
    }

    private static async Task<(int Plans, int Priorities, int Areas, int Actions, int Updates)> CountsAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        return (await context.Plans.CountAsync(), await context.Priorities.CountAsync(), await context.ActionAreas.CountAsync(),
            await context.Actions.CountAsync(), await context.ProgressUpdates.CountAsync());
    }
}
