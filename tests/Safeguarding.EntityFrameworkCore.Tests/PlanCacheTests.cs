using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// Plans kept between requests: a kept plan costs one query, and it is never older than the latest
/// write to the database, whoever made it (here another repository with no cache, as another
/// process would be).
/// </summary>
public abstract class PlanCacheTests(TestProvider databases)
{
    private const string Hscb2014 = "hscb-business-plan-2014-15.json";
    private const string HscbKey = "hscb-business-plan-2014-15";
    private static readonly LocalDate AsAt = new(2014, 11, 30);

    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Fact]
    public async Task A_kept_plan_is_read_with_one_query_and_a_write_from_elsewhere_is_seen_on_the_next_read()
    {
        var plan = SeedFiles.Plan(Hscb2014);
        await using var database = await Databases.MigratedWithAsync(plan);
        var cache = new SafeguardingPlanCache();
        var commands = new CommandCounter();
        await using var context = database.NewContext(commands);
        var cached = new EntityFrameworkBusinessPlanRepository(context, cache);

        var first = (await cached.GetAsync(HscbKey))!;
        commands.Count = 0;
        var second = await cached.GetAsync(HscbKey);

        Assert.Same(first, second);
        Assert.Equal(1, commands.Count);
        Assert.Equal(1, cache.Count);

        // Another process records 2.1.3 complete: the next read shows it, and its rating moves.
        var action = plan.FindAction("2.1.3")!;
        var before = RagRules.Assess(first, first.FindAction("2.1.3")!, AsAt).Rating;
        await using (var elsewhere = database.NewContext())
        {
            var result = await new EntityFrameworkBusinessPlanRepository(elsewhere).RecordProgressAsync(HscbKey, Submissions.For(plan, action, Submissions.Sam, complete: true));
            Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        }
        var afterUpdate = (await cached.GetAsync(HscbKey))!;
        Assert.NotSame(first, afterUpdate);
        Assert.Equal(action.Version + 1, afterUpdate.FindAction("2.1.3")!.Version);
        Assert.NotEqual(before, RagRules.Assess(afterUpdate, afterUpdate.FindAction("2.1.3")!, AsAt).Rating);
        Assert.Equal(RagRating.Complete, RagRules.Assess(afterUpdate, afterUpdate.FindAction("2.1.3")!, AsAt).Rating);

        // A review, an archive and a revision from elsewhere are each seen on the next read too.
        await using (var elsewhere = database.NewContext())
        {
            var repository = new EntityFrameworkBusinessPlanRepository(elsewhere);
            var review = await repository.ReviewProgressAsync(HscbKey, new ReviewSubmission
            {
                ActionRef = "2.1.3",
                UpdateNumber = afterUpdate.FindAction("2.1.3")!.Version,
                Outcome = ReviewOutcome.Accepted,
                ReviewedBy = Submissions.BusinessUnit,
                ReviewedAt = Submissions.Now,
            });
            Assert.Equal(ProgressRecordingStatus.Recorded, review.Status);
        }
        Assert.Single((await cached.GetAsync(HscbKey))!.FindAction("2.1.3")!.Reviews);
        await using (var elsewhere = database.NewContext())
        {
            Assert.True(await new EntityFrameworkBusinessPlanRepository(elsewhere).ArchiveAsync(HscbKey, Submissions.Now));
        }
        Assert.True((await cached.GetAsync(HscbKey))!.IsArchived);
        await using (var elsewhere = database.NewContext())
        {
            var revised = PlanLifecycleTests.Revised(SeedFiles.Plan(Hscb2014), Hscb2014, file => file["plan"]!["title"] = "Revised title");
            Assert.Equal(PlanRevisionStatus.Stored, (await new EntityFrameworkBusinessPlanRepository(elsewhere).ReviseAsync(revised, 0)).Status);
        }
        Assert.Equal("Revised title", (await cached.GetAsync(HscbKey))!.Title);
        Assert.Null(await cached.GetAsync("no-such-plan"));
    }
}

/// <summary>The plan cache suite on SQLite.</summary>
public sealed class SqlitePlanCacheTests() : PlanCacheTests(TestProvider.Sqlite);

/// <summary>The plan cache suite on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlPlanCacheTests(PostgreSqlServer server) : PlanCacheTests(server);
