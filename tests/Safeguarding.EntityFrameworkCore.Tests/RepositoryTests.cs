using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Tests;

public abstract class RepositoryTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    private const string Hscb2014 = "hscb-business-plan-2014-15.json";
    private const string HscbKey = "hscb-business-plan-2014-15";

    [Fact]
    public async Task A_second_plan_with_the_same_key_is_refused_and_nothing_is_changed()
    {
        await using var database = await Databases.MigratedAsync();
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
        await using var database = await Databases.MigratedAsync();
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

        Assert.Equal((0, 0, 0, 0, 0, 0), await CountsAsync(database));
    }

    [Fact]
    public async Task Recorded_progress_is_stored_and_changes_the_derived_rating()
    {
        await using var database = await SeededAsync();
        var plan = SeedFiles.Plan(Hscb2014);
        var before = plan.FindAction("1.1.2")!;
        var submission = Submissions.For(plan, before, Submissions.Sam, complete: true) with { Statement = "Done." };

        ProgressRecordingResult result;
        await using (var context = database.NewContext())
        {
            result = await new EntityFrameworkBusinessPlanRepository(context).RecordProgressAsync(HscbKey, submission);
        }

        Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        Assert.Equal(before.Progress.Count + 1, result.Version);
        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(HscbKey))!;
        var action = loaded.FindAction("1.1.2")!;
        Assert.Equal(before.Progress.Count + 1, action.Progress.Count);
        Assert.Equal("Done.", action.Progress[^1].Statement);
        Assert.Equal(submission.CompletedOn, action.CompletedOn);
        Assert.Equal(submission.CompletedOn, await reading.Actions.Where(record => record.PlanKey == HscbKey && record.Ref == "1.1.2").Select(record => record.CompletedOn).SingleAsync());
        Assert.Equal(RagRating.Complete, RagRules.Assess(loaded, action, submission.AsAt!.Value.PlusDays(1)).Rating);
    }

    [Fact]
    public async Task Progress_on_an_unknown_plan_or_action_is_not_found_and_nothing_is_changed()
    {
        await using var database = await SeededAsync();
        var before = await CountsAsync(database);
        var plan = SeedFiles.Plan(Hscb2014);
        var submission = Submissions.For(plan, plan.FindAction("1.1.2")!, Submissions.Sam);
        var review = new ReviewSubmission { ActionRef = "1.1.2", UpdateNumber = 1, Outcome = ReviewOutcome.Accepted, ReviewedBy = Submissions.BusinessUnit, ReviewedAt = Submissions.Now };

        await using (var context = database.NewContext())
        {
            var repository = new EntityFrameworkBusinessPlanRepository(context);
            var noAction = await repository.RecordProgressAsync(HscbKey, submission with { ActionRef = "9.9.9" });
            var noPlan = await repository.RecordProgressAsync("no-such-plan", submission);
            var noActionToReview = await repository.ReviewProgressAsync(HscbKey, review with { ActionRef = "9.9.9" });
            var noPlanToReview = await repository.ReviewProgressAsync("no-such-plan", review);

            Assert.All([noAction, noPlan, noActionToReview, noPlanToReview], result => Assert.Equal(ProgressRecordingStatus.NotFound, result.Status));
            Assert.Contains("9.9.9", noAction.Message, StringComparison.Ordinal);
            Assert.Contains("no-such-plan", noPlan.Message, StringComparison.Ordinal);
        }

        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task Progress_dated_before_the_latest_update_is_invalid_and_nothing_is_changed()
    {
        await using var database = await SeededAsync();
        var plan = SeedFiles.Plan(Hscb2014);
        var action = plan.Actions.First(candidate => candidate.Progress.Count > 0);
        var latest = action.Progress[^1].AsAt;
        var before = await CountsAsync(database);

        await using (var context = database.NewContext())
        {
            var result = await new EntityFrameworkBusinessPlanRepository(context)
                .RecordProgressAsync(HscbKey, Submissions.For(plan, action, Submissions.Sam) with { AsAt = latest.PlusDays(-1) });
            Assert.Equal(ProgressRecordingStatus.Invalid, result.Status);
            // Only the date is wrong (a seed update may be dated before the plan starts, which is a second error on the same field).
            Assert.All(result.Errors, error => Assert.Equal(nameof(ProgressSubmission.AsAt), error.Field));
            Assert.Contains(result.Errors, error => error.Message.Contains("the date of the latest update", StringComparison.Ordinal));
            Assert.Equal(action.Version, result.Version);
        }

        Assert.Equal(before, await CountsAsync(database));
    }

    [Fact]
    public async Task Progress_on_the_same_day_as_the_latest_update_is_accepted()
    {
        await using var database = await SeededAsync();
        var plan = SeedFiles.Plan(Hscb2014);
        var action = plan.Actions.First(candidate => candidate.Progress.Count > 0);

        await using (var context = database.NewContext())
        {
            var result = await new EntityFrameworkBusinessPlanRepository(context)
                .RecordProgressAsync(HscbKey, Submissions.For(plan, action, Submissions.Sam) with { AsAt = action.Progress[^1].AsAt, Statement = "A second word that day." });
            Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(HscbKey))!;
        Assert.Equal(action.Progress.Count + 1, loaded.FindAction(action.Ref)!.Progress.Count);
    }

    private async Task<TestDatabase> SeededAsync()
    {
        var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();
        await new EntityFrameworkBusinessPlanRepository(context).AddAsync(SeedFiles.Plan(Hscb2014));
        return database;
    }

    internal static async Task<(int Plans, int Priorities, int Areas, int Actions, int Updates, int Reviews)> CountsAsync(TestDatabase database)
    {
        await using var context = database.NewContext();
        return (await context.Plans.CountAsync(), await context.Priorities.CountAsync(), await context.ActionAreas.CountAsync(),
            await context.Actions.CountAsync(), await context.ProgressUpdates.CountAsync(), await context.ProgressReviews.CountAsync());
    }
}

/// <summary>The repository suite on SQLite.</summary>
public sealed class SqliteRepositoryTests() : RepositoryTests(TestProvider.Sqlite);

/// <summary>The repository suite on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlRepositoryTests(PostgreSqlServer server) : RepositoryTests(server);
