using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Tests;

public abstract class ProgressRecordingTests(TestProvider databases)
{
    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    private const string Key = "test-plan-requiring-acceptance";

    [Fact]
    public async Task Every_field_of_the_history_and_its_reviews_comes_back_from_the_store_as_the_domain_recorded_it()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(NewPlan());
        }
        var inMemory = new InMemoryBusinessPlanRepository([NewPlan()]);

        // The same calls against the store and against the domain's own in-memory repository.
        foreach (var step in Steps())
        {
            await using var context = database.NewContext();
            var stored = await step(new EntityFrameworkBusinessPlanRepository(context));
            var expected = await step(inMemory);
            Assert.Equal(expected.Status, stored.Status);
            Assert.True(stored.Status == ProgressRecordingStatus.Recorded, stored.Message);
            Assert.Equal(expected.Version, stored.Version);
            Assert.Equal(expected.Update is null ? null : PlanDescription.Fields(expected.Update), stored.Update is null ? null : PlanDescription.Fields(stored.Update));
            Assert.Equal(expected.Review, stored.Review);
        }

        await using var reading = database.NewContext();
        var loaded = (await new EntityFrameworkBusinessPlanRepository(reading).GetAsync(Key))!;
        var expectedPlan = (await inMemory.GetAsync(Key))!;
        Assert.Equal(PlanDescription.Fields(expectedPlan), PlanDescription.Fields(loaded));
        Assert.True(loaded.RequiresAcceptance);

        var action = loaded.FindAction("1.1")!;
        Assert.Equal(3, action.Version);
        Assert.Equal(expectedPlan.FindAction("1.1")!.Reviews, action.Reviews);
        var first = action.Progress[0];
        Assert.Equal(Submissions.Sam, first.RecordedBy);
        Assert.Equal(Submissions.Now, first.RecordedAt);
        Assert.Equal("key-1", first.IdempotencyKey);
        Assert.Equal([new LocalDate(2014, 10, 31)], first.MilestonesMet);
        Assert.Equal(new LocalDate(2015, 1, 20), action.Progress[1].CompletedOn);
        Assert.Equal(2, action.Progress[2].Corrects);
        Assert.Equal([1, 3], action.EffectiveProgress.Select(update => update.Number));
        Assert.Null(action.CompletedOn);
        Assert.Equal(ReviewOutcome.Returned, action.ReviewOf(3)!.Outcome);
        Assert.Equal("Say which schools.", action.ReviewOf(3)!.Comment);
        Assert.Equal(Submissions.BusinessUnit, action.ReviewOf(3)!.ReviewedBy);
        Assert.Equal([1], loaded.ForBoardReports().FindAction("1.1")!.Progress.Select(update => update.Number));

        // The correction took the completion back, and the queryable column follows the history.
        Assert.Null(await reading.Actions.Where(record => record.PlanKey == Key && record.Ref == "1.1").Select(record => record.CompletedOn).SingleAsync());
        Assert.Equal(PlanDescription.Fields(action), PlanDescription.Fields((await new EntityFrameworkBusinessPlanRepository(reading).ListActionsAsync(Key, new Safeguarding.EntityFrameworkCore.Specifications.ActionRecordsByLeadAgencySpec("Herefordshire Council")))[0]));
    }

    [Fact]
    public async Task The_completion_date_column_is_the_earliest_completion_among_updates_that_stand()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(NewPlan());
        }

        var steps = Steps();
        for (var index = 0; index < 2; index++)
        {
            await using var context = database.NewContext();
            await steps[index](new EntityFrameworkBusinessPlanRepository(context));
        }

        await using var reading = database.NewContext();
        Assert.Equal(new LocalDate(2015, 1, 20), await reading.Actions.Where(record => record.PlanKey == Key && record.Ref == "1.1").Select(record => record.CompletedOn).SingleAsync());
    }

    [Fact]
    public async Task A_submission_with_wrong_fields_is_invalid_by_field_and_nothing_is_stored()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(NewPlan());
        }
        var before = await RepositoryTests.CountsAsync(database);
        var plan = NewPlan();
        var submission = Submissions.For(plan, plan.FindAction("1.1")!, Submissions.Sam, key: "bad") with
        {
            AsAt = null,
            Statement = "   ",
            Ratings = new Dictionary<string, string?> { ["status"] = "Purple", ["nonsense"] = "G" },
            MilestonesMet = [new LocalDate(2014, 11, 30)],
        };

        ProgressRecordingResult result;
        await using (var context = database.NewContext())
        {
            result = await new EntityFrameworkBusinessPlanRepository(context).RecordProgressAsync(Key, submission);
        }

        Assert.Equal(ProgressRecordingStatus.Invalid, result.Status);
        Assert.Equal(["AsAt", "Statement", "Ratings[status]", "Ratings[nonsense]", "MilestonesMet"], result.Errors.Select(error => error.Field));
        Assert.Equal(0, result.Version);
        Assert.Equal(before, await RepositoryTests.CountsAsync(database));

        await using (var context = database.NewContext())
        {
            var review = await new EntityFrameworkBusinessPlanRepository(context).ReviewProgressAsync(Key, new ReviewSubmission
            {
                ActionRef = "1.1",
                UpdateNumber = 1,
                Outcome = ReviewOutcome.Accepted,
                ReviewedBy = Submissions.BusinessUnit,
                ReviewedAt = Submissions.Now,
            });
            Assert.Equal(ProgressRecordingStatus.NotFound, review.Status);
        }
        Assert.Equal(before, await RepositoryTests.CountsAsync(database));
    }

    [Fact]
    public async Task A_returned_update_without_a_comment_is_invalid_and_no_review_is_stored()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(NewPlan());
        }
        await using (var context = database.NewContext())
        {
            await Steps()[0](new EntityFrameworkBusinessPlanRepository(context));
        }
        var before = await RepositoryTests.CountsAsync(database);

        await using (var context = database.NewContext())
        {
            var result = await new EntityFrameworkBusinessPlanRepository(context).ReviewProgressAsync(Key, new ReviewSubmission
            {
                ActionRef = "1.1",
                UpdateNumber = 1,
                Outcome = ReviewOutcome.Returned,
                Comment = " ",
                ReviewedBy = Submissions.BusinessUnit,
                ReviewedAt = Submissions.Now,
            });
            Assert.Equal(ProgressRecordingStatus.Invalid, result.Status);
            Assert.Equal(["Comment"], result.Errors.Select(error => error.Field));
        }

        Assert.Equal(before, await RepositoryTests.CountsAsync(database));
    }

    [Fact]
    public async Task The_same_submission_sent_again_later_is_already_recorded_and_stored_once()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(NewPlan());
        }
        var plan = NewPlan();
        var submission = Submissions.For(plan, plan.FindAction("1.1")!, Submissions.Sam, key: "once");

        await using var writing = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(writing);
        var first = await repository.RecordProgressAsync(Key, submission);
        var second = await repository.RecordProgressAsync(Key, submission);

        Assert.Equal(ProgressRecordingStatus.Recorded, first.Status);
        Assert.Equal(ProgressRecordingStatus.AlreadyRecorded, second.Status);
        Assert.Equal(PlanDescription.Fields(first.Update!), PlanDescription.Fields(second.Update!));
        Assert.Equal(1, await writing.ProgressUpdates.CountAsync(update => update.IdempotencyKey == "once"));
    }

    [Fact]
    public async Task A_key_used_again_for_a_different_update_is_refused_with_an_error_and_stores_nothing()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(NewPlan());
        }
        var plan = NewPlan();
        await using var writing = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(writing);
        var first = await repository.RecordProgressAsync(Key, Submissions.For(plan, plan.FindAction("1.1")!, Submissions.Sam, key: "reused"));
        var current = (await repository.GetAsync(Key))!;
        var reused = Submissions.For(current, current.FindAction("1.1")!, Submissions.Sam, key: "reused") with { Statement = "A second, different update." };

        var second = await repository.RecordProgressAsync(Key, reused);

        Assert.Equal(ProgressRecordingStatus.Recorded, first.Status);
        Assert.Equal(ProgressRecordingStatus.Invalid, second.Status);
        Assert.Equal("IdempotencyKey", Assert.Single(second.Errors).Field);
        Assert.Equal(1, await writing.ProgressUpdates.CountAsync());
    }

    /// <summary>A plan built in code: one action with two milestones, rated on the five-level scheme, on a board that requires acceptance.</summary>
    internal static BusinessPlan NewPlan(string key = Key) => new()
    {
        Key = key,
        Board = new Board { Name = "Test Safeguarding Children Board" },
        Title = "A plan that requires acceptance",
        Period = new DateInterval(new LocalDate(2014, 4, 1), new LocalDate(2015, 3, 31)),
        RagScheme = BuiltInRagSchemes.ImprovementPlan2012,
        RequiresAcceptance = true,
        Priorities =
        [
            new Priority
            {
                Number = "1",
                Title = "Early help",
                DirectActions =
                [
                    new PlanAction
                    {
                        Ref = "1.1",
                        PriorityNumber = "1",
                        Action = "Roll out the early help assessment",
                        Lead = new ActionLead("Herefordshire Council", "Herefordshire Council", null),
                        Timescale = Timescale.Parse("Oct 14 for Education Mar 15 for wider application"),
                    },
                ],
            },
        ],
    };

    /// <summary>Update 1 meets a milestone, update 2 records completion, update 3 corrects update 2; the business unit accepts 1 and returns 3.</summary>
    private static List<Func<IBusinessPlanRepository, Task<ProgressRecordingResult>>> Steps()
    {
        var plan = NewPlan();
        var ratings = Submissions.Ratings(plan.RagScheme);
        var complete = Submissions.Ratings(plan.RagScheme, complete: true);
        ProgressSubmission Submission(int version, string key, LocalDate asAt, UpdateAuthor by, Instant at) => new()
        {
            ActionRef = "1.1",
            ExpectedVersion = version,
            IdempotencyKey = key,
            AsAt = asAt,
            Statement = $"Update {version + 1}.",
            Ratings = ratings,
            RecordedBy = by,
            RecordedAt = at,
            Today = new LocalDate(2015, 6, 30),
        };
        return
        [
            repository => repository.RecordProgressAsync(Key, Submission(0, "key-1", new LocalDate(2014, 11, 5), Submissions.Sam, Submissions.Now) with
            {
                MilestonesMet = [new LocalDate(2014, 10, 31)],
                AdditionalWork = "Training for the wider workforce.",
                ImpactSoFar = "Schools refer earlier.",
            }),
            repository => repository.RecordProgressAsync(Key, Submission(1, "key-2", new LocalDate(2015, 1, 31), Submissions.Alex, Submissions.Now.PlusTicks(1)) with
            {
                Ratings = complete,
                MarkedComplete = true,
                CompletedOn = new LocalDate(2015, 1, 20),
            }),
            repository => repository.RecordProgressAsync(Key, Submission(2, "key-3", new LocalDate(2015, 1, 31), Submissions.Alex, Submissions.Now.PlusTicks(2)) with
            {
                Corrects = 2,
                Statement = "Not complete after all: the wider roll-out slipped.",
            }),
            repository => repository.ReviewProgressAsync(Key, new ReviewSubmission
            {
                ActionRef = "1.1",
                UpdateNumber = 1,
                Outcome = ReviewOutcome.Accepted,
                ReviewedBy = Submissions.BusinessUnit,
                ReviewedAt = Submissions.Now.PlusTicks(3),
            }),
            repository => repository.ReviewProgressAsync(Key, new ReviewSubmission
            {
                ActionRef = "1.1",
                UpdateNumber = 3,
                Outcome = ReviewOutcome.Returned,
                Comment = "Say which schools.",
                ReviewedBy = Submissions.BusinessUnit,
                ReviewedAt = Submissions.Now.PlusTicks(4),
            }),
        ];
    }
}

/// <summary>The progress-recording suite on SQLite.</summary>
public sealed class SqliteProgressRecordingTests() : ProgressRecordingTests(TestProvider.Sqlite);

/// <summary>The progress-recording suite on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlProgressRecordingTests(PostgreSqlServer server) : ProgressRecordingTests(server);
