using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// Two writers at once on a real database (a SQLite file, a PostgreSQL database), each with its own context and connection: the
/// unique indexes decide who is stored, and the loser hears the domain's answer, never an exception.
/// </summary>
public abstract class ConcurrencyTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    private const string Key = "test-plan-requiring-acceptance";

    [Fact]
    public async Task Two_writers_against_the_same_version_store_one_and_the_other_is_told_who_recorded()
    {
        const int rounds = 50;
        var plan = ProgressRecordingTests.NewPlan(Key);
        await using var database = await Databases.MigratedWithAsync(plan);
        var action = plan.FindAction("1.1")!;
        var recorded = 0;

        for (var round = 0; round < rounds; round++)
        {
            var version = round;
            ProgressSubmission From(UpdateAuthor author) => Submissions.For(plan, action, author) with
            {
                ExpectedVersion = version,
                IdempotencyKey = $"{author.UserId}-{round}",
                AsAt = new LocalDate(2014, 11, 5),
            };

            var results = await AtOnceAsync(database, From(Submissions.Sam), From(Submissions.Alex));

            var winner = Assert.Single(results, result => result.Status == ProgressRecordingStatus.Recorded);
            var loser = Assert.Single(results, result => result.Status == ProgressRecordingStatus.Conflict);
            var theirs = Assert.Single(loser.RecordedSince);
            Assert.Equal(winner.Update!.RecordedBy, theirs.RecordedBy);
            Assert.Equal(winner.Update.IdempotencyKey, theirs.IdempotencyKey);
            Assert.Contains(theirs.RecordedBy!.DisplayName, loser.Message, StringComparison.Ordinal);
            Assert.Equal(version + 1, loser.Version);
            recorded++;
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(Key))!.FindAction("1.1")!;
        Assert.Equal(recorded, loaded.Version);
        Assert.Equal(Enumerable.Range(1, rounds), loaded.Progress.Select(update => update.Number));
        Assert.Equal(rounds, await reading.ProgressUpdates.CountAsync());
    }

    [Fact]
    public async Task The_same_submission_sent_twice_at_once_is_stored_once()
    {
        const int rounds = 100;
        var plan = ProgressRecordingTests.NewPlan(Key);
        await using var database = await Databases.MigratedWithAsync(plan);
        var action = plan.FindAction("1.1")!;

        for (var round = 0; round < rounds; round++)
        {
            var submission = Submissions.For(plan, action, Submissions.Sam) with
            {
                ExpectedVersion = round,
                IdempotencyKey = $"double-submit-{round}",
                AsAt = new LocalDate(2014, 11, 5),
            };

            var results = await AtOnceAsync(database, submission, submission);

            Assert.Single(results, result => result.Status == ProgressRecordingStatus.Recorded);
            Assert.All(results, result => Assert.True(
                result.IsStored || (result.Status == ProgressRecordingStatus.Conflict && result.RecordedSince.All(update => update.IdempotencyKey == submission.IdempotencyKey)),
                $"{result.Status}: {result.Message}"));
            Assert.All(results, result => Assert.Equal(round + 1, result.Version));
        }

        await using var reading = database.NewContext();
        var keys = await reading.ProgressUpdates.Select(update => update.IdempotencyKey).ToListAsync();
        Assert.Equal(rounds, keys.Count);
        Assert.Equal(Enumerable.Range(0, rounds).Select(round => $"double-submit-{round}").Order(StringComparer.Ordinal), keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public async Task Two_reviews_at_once_are_both_kept_one_after_the_other()
    {
        var plan = ProgressRecordingTests.NewPlan(Key);
        await using var database = await Databases.MigratedWithAsync(plan);
        await using (var context = database.NewContext())
        {
            var first = await new EntityFrameworkBusinessPlanRepository(context).RecordProgressAsync(Key, Submissions.For(plan, plan.FindAction("1.1")!, Submissions.Sam));
            Assert.Equal(ProgressRecordingStatus.Recorded, first.Status);
        }

        const int rounds = 20;
        for (var round = 0; round < rounds; round++)
        {
            ReviewSubmission Review(ReviewOutcome outcome) => new()
            {
                ActionRef = "1.1",
                UpdateNumber = 1,
                Outcome = outcome,
                Comment = $"Round {round}.",
                ReviewedBy = Submissions.BusinessUnit,
                ReviewedAt = Submissions.Now.Plus(Duration.FromSeconds(round)),
            };

            var results = await AtOnceAsync(database,
                repository => repository.ReviewProgressAsync(Key, Review(ReviewOutcome.Accepted)),
                repository => repository.ReviewProgressAsync(Key, Review(ReviewOutcome.Returned)));

            Assert.All(results, result => Assert.Equal(ProgressRecordingStatus.Recorded, result.Status));
        }

        await using var reading = database.NewContext();
        var action = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(Key))!.FindAction("1.1")!;
        Assert.Equal(rounds * 2, action.Reviews.Count);
        Assert.Equal(Enumerable.Range(0, rounds * 2), await reading.ProgressReviews.OrderBy(review => review.Sequence).Select(review => review.Sequence).ToListAsync());
    }

    /// <summary>Sends two submissions at the same moment, each through its own repository, context and connection.</summary>
    private static Task<ProgressRecordingResult[]> AtOnceAsync(TestDatabase database, ProgressSubmission first, ProgressSubmission second) =>
        AtOnceAsync(database, repository => repository.RecordProgressAsync(Key, first), repository => repository.RecordProgressAsync(Key, second));

    /// <summary>Runs two calls at the same moment, each through its own repository, context and connection.</summary>
    private static async Task<ProgressRecordingResult[]> AtOnceAsync(
        TestDatabase database,
        Func<EntityFrameworkBusinessPlanRepository, Task<ProgressRecordingResult>> first,
        Func<EntityFrameworkBusinessPlanRepository, Task<ProgressRecordingResult>> second)
    {
        var ready = new[] { NewSignal(), NewSignal() };
        var start = NewSignal();
        var calls = new[] { first, second };
        var writers = Enumerable.Range(0, 2).Select(index => Task.Run(async () =>
        {
            await using var context = database.NewContext();
            // Opened before the start, so both writers are ready to run their queries at once.
            await context.Database.OpenConnectionAsync();
            ready[index].SetResult();
            await start.Task;
            return await calls[index](new EntityFrameworkBusinessPlanRepository(context));
        })).ToArray();
        await Task.WhenAll(ready.Select(signal => signal.Task));
        start.SetResult();
        return await Task.WhenAll(writers);
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}

/// <summary>Two writers at once on SQLite.</summary>
public sealed class SqliteConcurrencyTests() : ConcurrencyTests(TestProvider.Sqlite);

/// <summary>Two writers at once on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlConcurrencyTests(PostgreSqlServer server) : ConcurrencyTests(server);
