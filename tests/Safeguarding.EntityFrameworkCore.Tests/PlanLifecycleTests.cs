using System.Text;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// A plan's life in a store that already holds plans: next year's plan added, a revised plan file
/// stored over the plan with its recorded progress kept, a refused drop, two revisions at once, a
/// round trip through the plan-file format, and a finished plan archived.
/// </summary>
public abstract class PlanLifecycleTests(TestProvider databases)
{
    private const string Hscb2014 = "hscb-business-plan-2014-15.json";
    private const string HscbKey = "hscb-business-plan-2014-15";

    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    [Fact]
    public async Task Next_years_plan_is_added_beside_the_plans_already_held_and_their_progress_is_untouched()
    {
        await using var database = await SeededWithProgressAsync();
        var before = await DescribeAsync(database, HscbKey);
        var nextYear = Revised(SeedFiles.Plan(Hscb2014), "hscb-business-plan-2015-16.json", file =>
        {
            file["plan"]!["title"] = "HSCB Business Plan 2015-16";
            file["plan"]!["period"] = new JsonObject { ["start"] = "2015-04-01", ["end"] = "2016-03-31" };
        });

        await using (var context = database.NewContext())
        {
            await new EntityFrameworkBusinessPlanRepository(context).AddAsync(nextYear);
        }

        await using var reading = database.NewContext();
        var repository = new EntityFrameworkBusinessPlanRepository(reading);
        var keys = (await repository.ListAsync()).Select(summary => summary.Key).ToList();
        Assert.Contains("hscb-business-plan-2015-16", keys);
        Assert.Contains(HscbKey, keys);
        Assert.Equal(new LocalDate(2015, 4, 1), (await repository.GetAsync("hscb-business-plan-2015-16"))!.Period.Start);
        Assert.Equal(before, await DescribeAsync(database, HscbKey));
    }

    [Fact]
    public async Task A_revised_plan_file_is_stored_over_the_plan_keeping_recorded_progress_and_reporting_what_changed()
    {
        await using var database = await SeededWithProgressAsync();
        var stored = await GetAsync(database, HscbKey);
        var recorded = stored.FindAction("2.1.3")!.Progress.Count;
        var revised = Revised(SeedFiles.Plan(Hscb2014), Hscb2014, file =>
        {
            Action(file, "2.1.3")["timescale"] = "Dec 14";
            var area = Area(file, "4.4");
            var last = area[^1]!;
            area.Remove(last);
            var added = JsonNode.Parse(last.ToJsonString())!;
            added["ref"] = "4.4.9";
            added.AsObject().Remove("progress");
            area.Add(added);
        });
        var removed = LastActionOfArea44(stored);

        PlanRevisionResult result;
        await using (var context = database.NewContext())
        {
            result = await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(revised, expectedRevision: 0);
        }

        Assert.Equal(PlanRevisionStatus.Stored, result.Status);
        Assert.Equal(1, result.CurrentRevision);
        Assert.Equal(["4.4.9"], result.Revision!.Added);
        Assert.Equal([removed], result.Revision.Removed);
        Assert.Equal(["timescale"], Assert.Single(result.Revision.Changed).Fields);
        var after = await GetAsync(database, HscbKey);
        Assert.Equal(1, after.Revision);
        var kept = after.FindAction("2.1.3")!;
        Assert.Equal("Dec 14", kept.Timescale.Text);
        Assert.Equal(recorded, kept.Progress.Count);
        Assert.Equal(Submissions.Sam, kept.Progress[^1].RecordedBy);
        Assert.Null(after.FindAction(removed));
        Assert.Empty(after.FindAction("4.4.9")!.Progress);
        Assert.Equal(stored.Actions.Select(action => action.Ref).Where(actionRef => actionRef != removed).Append("4.4.9").Order(StringComparer.Ordinal),
            after.Actions.Select(action => action.Ref).Order(StringComparer.Ordinal));
        // Every other action reads as before: the revision rewrote no history.
        foreach (var action in stored.Actions.Where(action => action.Ref is not "2.1.3" && action.Ref != removed))
        {
            Assert.Equal(PlanDescription.Fields(action), PlanDescription.Fields(after.FindAction(action.Ref)!));
        }
    }

    [Fact]
    public async Task A_revision_that_drops_an_action_with_recorded_progress_is_refused_and_stores_nothing_unless_the_drop_is_chosen()
    {
        await using var database = await SeededWithProgressAsync();
        var before = await DescribeAsync(database, HscbKey);
        var counts = await RepositoryTests.CountsAsync(database);
        var revised = Revised(SeedFiles.Plan(Hscb2014), Hscb2014, file => Remove(file, "2.1.3"));

        await using (var context = database.NewContext())
        {
            var refused = await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(revised, expectedRevision: 0);
            Assert.Equal(PlanRevisionStatus.Refused, refused.Status);
            Assert.Equal(["2.1.3"], refused.Revision!.Refused);
            Assert.Contains("2.1.3", refused.Message, StringComparison.Ordinal);
            Assert.Equal(0, refused.CurrentRevision);
        }
        Assert.Equal(before, await DescribeAsync(database, HscbKey));
        Assert.Equal(counts, await RepositoryTests.CountsAsync(database));

        await using (var context = database.NewContext())
        {
            var dropped = await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(revised, expectedRevision: 0, dropActionsWithProgress: true);
            Assert.Equal(PlanRevisionStatus.Stored, dropped.Status);
        }
        var after = await GetAsync(database, HscbKey);
        Assert.Null(after.FindAction("2.1.3"));
        var droppedUpdates = SeedFiles.Plan(Hscb2014).FindAction("2.1.3")!.Progress.Count + 1;
        Assert.Equal(counts.Updates - droppedUpdates, (await RepositoryTests.CountsAsync(database)).Updates);
    }

    [Fact]
    public async Task Of_two_revisions_made_from_the_same_one_the_second_is_a_conflict_and_the_first_stands()
    {
        await using var database = await SeededWithProgressAsync();
        var first = Revised(SeedFiles.Plan(Hscb2014), Hscb2014, file => Action(file, "2.1.3")["timescale"] = "Dec 14");
        var second = Revised(SeedFiles.Plan(Hscb2014), Hscb2014, file => Action(file, "2.1.3")["timescale"] = "Jan 15");

        await using (var context = database.NewContext())
        {
            Assert.Equal(PlanRevisionStatus.Stored, (await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(first, 0)).Status);
        }
        PlanRevisionResult conflict;
        await using (var context = database.NewContext())
        {
            conflict = await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(second, 0);
        }

        Assert.Equal(PlanRevisionStatus.Conflict, conflict.Status);
        Assert.Equal(1, conflict.CurrentRevision);
        Assert.Contains("revised by someone else", conflict.Message, StringComparison.Ordinal);
        Assert.Equal("Dec 14", (await GetAsync(database, HscbKey)).FindAction("2.1.3")!.Timescale.Text);
    }

    [Fact]
    public async Task Two_revisions_at_once_from_the_same_one_store_exactly_one()
    {
        const int rounds = 10;
        await using var database = await Databases.MigratedWithAsync(SeedFiles.Plan(Hscb2014));
        for (var round = 0; round < rounds; round++)
        {
            var expected = round;
            var texts = new[] { $"Round {round}, first", $"Round {round}, second" };
            var results = await Task.WhenAll(texts.Select(text => Task.Run(async () =>
            {
                await using var context = database.NewContext();
                var revised = Revised(SeedFiles.Plan(Hscb2014), Hscb2014, file => Action(file, "2.1.3")["action"] = text);
                return await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(revised, expected);
            })));

            var stored = Assert.Single(results, result => result.Status == PlanRevisionStatus.Stored);
            Assert.Single(results, result => result.Status == PlanRevisionStatus.Conflict);
            var winner = texts[Array.IndexOf(results, stored)];
            Assert.Equal(winner, (await GetAsync(database, HscbKey)).FindAction("2.1.3")!.Action);
        }
        Assert.Equal(rounds, (await GetAsync(database, HscbKey)).Revision);
    }

    [Fact]
    public async Task Progress_recorded_while_a_revision_drops_its_action_is_never_lost()
    {
        const int rounds = 8;
        for (var round = 0; round < rounds; round++)
        {
            var plan = SeedFiles.Plan(Hscb2014);
            await using var database = await Databases.MigratedWithAsync(plan);
            var action = plan.FindAction("2.1.3")!;
            var revised = Revised(SeedFiles.Plan(Hscb2014), Hscb2014, file => Remove(file, "2.1.3"));
            using var start = new SemaphoreSlim(0, 2);

            var recording = Task.Run(async () =>
            {
                await start.WaitAsync();
                await using var context = database.NewContext();
                return await new EntityFrameworkBusinessPlanRepository(context).RecordProgressAsync(HscbKey, Submissions.For(plan, action, Submissions.Sam, key: $"race-{round}"));
            });
            var revising = Task.Run(async () =>
            {
                await start.WaitAsync();
                await using var context = database.NewContext();
                return await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(revised, 0);
            });
            start.Release(2);
            var (recorded, revision) = (await recording, await revising);

            var after = await GetAsync(database, HscbKey);
            if (recorded.Status == ProgressRecordingStatus.Recorded)
            {
                // The update came first: it is kept, and the revision was refused for dropping its action.
                Assert.Equal(PlanRevisionStatus.Refused, revision.Status);
                Assert.Contains(after.FindAction("2.1.3")!.Progress, update => update.IdempotencyKey == $"race-{round}");
            }
            else
            {
                // The revision came first: the update was told the action is gone, and nothing half-stored remains.
                Assert.True(recorded.Status == ProgressRecordingStatus.NotFound, $"{recorded.Status}: {recorded.Message} {string.Join("; ", recorded.Errors)}");
                Assert.Equal(PlanRevisionStatus.Stored, revision.Status);
                Assert.Null(after.FindAction("2.1.3"));
                await using var context = database.NewContext();
                Assert.Equal(0, await context.ProgressUpdates.CountAsync(update => update.IdempotencyKey == $"race-{round}"));
            }
        }
    }

    [Fact]
    public async Task Revising_a_plan_with_its_own_export_changes_nothing()
    {
        await using var database = await SeededWithProgressAsync();
        var stored = await GetAsync(database, HscbKey);
        var exported = PlanFileImporter.Import(Encoding.UTF8.GetBytes(PlanFileExporter.Export(stored)), Hscb2014);

        PlanRevisionResult result;
        await using (var context = database.NewContext())
        {
            result = await new EntityFrameworkBusinessPlanRepository(context).ReviseAsync(exported, 0);
        }

        Assert.Equal(PlanRevisionStatus.Stored, result.Status);
        Assert.Empty(result.Revision!.Summary);
        Assert.Equal(PlanDescription.Fields(stored), PlanDescription.Fields(await GetAsync(database, HscbKey)));
    }

    [Fact]
    public async Task An_archived_plan_stays_readable_and_reportable_but_takes_no_more_progress_until_reopened()
    {
        await using var database = await SeededWithProgressAsync();
        var archivedAt = Instant.FromUtc(2015, 4, 20, 9, 0);
        var counts = await RepositoryTests.CountsAsync(database);
        await using (var context = database.NewContext())
        {
            var repository = new EntityFrameworkBusinessPlanRepository(context);
            Assert.True(await repository.ArchiveAsync(HscbKey, archivedAt));
            Assert.True(await repository.ArchiveAsync(HscbKey, archivedAt.Plus(Duration.FromDays(3))));
            Assert.False(await repository.ArchiveAsync("no-such-plan", archivedAt));
        }

        var archived = await GetAsync(database, HscbKey);
        Assert.Equal(archivedAt, archived.ArchivedAt);
        await using (var context = database.NewContext())
        {
            var repository = new EntityFrameworkBusinessPlanRepository(context);
            Assert.True(Assert.Single(await repository.ListAsync(), summary => summary.Key == HscbKey).IsArchived);
            var refused = await repository.RecordProgressAsync(HscbKey, Submissions.For(archived, archived.FindAction("3.1.1")!, Submissions.Sam));
            Assert.Equal(ProgressRecordingStatus.Invalid, refused.Status);
            var error = Assert.Single(refused.Errors);
            Assert.Equal(nameof(ProgressSubmission.ActionRef), error.Field);
            Assert.Contains("archived on 20 April 2015", error.Message, StringComparison.Ordinal);
        }
        Assert.Equal(counts, await RepositoryTests.CountsAsync(database));
        var report = ExceptionReport.Create(archived, new LocalDate(2015, 3, 31), ExceptionReportMode.AllDue);
        Assert.NotEmpty(report.Groups);
        Assert.Empty(UpdatesDue.For(archived, new LocalDate(2015, 3, 31)).Overdue);

        await using (var context = database.NewContext())
        {
            var repository = new EntityFrameworkBusinessPlanRepository(context);
            Assert.True(await repository.ReopenAsync(HscbKey));
            var reopened = (await repository.GetAsync(HscbKey))!;
            Assert.False(reopened.IsArchived);
            Assert.Equal(ProgressRecordingStatus.Recorded,
                (await repository.RecordProgressAsync(HscbKey, Submissions.For(reopened, reopened.FindAction("3.1.1")!, Submissions.Sam))).Status);
        }
    }

    private async Task<TestDatabase> SeededWithProgressAsync()
    {
        var plan = SeedFiles.Plan(Hscb2014);
        var database = await Databases.MigratedWithAsync(plan);
        await using var context = database.NewContext();
        var result = await new EntityFrameworkBusinessPlanRepository(context)
            .RecordProgressAsync(HscbKey, Submissions.For(plan, plan.FindAction("2.1.3")!, Submissions.Sam));
        Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        return database;
    }

    private static async Task<BusinessPlan> GetAsync(TestDatabase database, string key)
    {
        await using var context = database.NewContext();
        return (await new EntityFrameworkBusinessPlanRepository(context).GetAsync(key))!;
    }

    private static async Task<IReadOnlyList<string>> DescribeAsync(TestDatabase database, string key) =>
        PlanDescription.Fields(await GetAsync(database, key));

    private static string LastActionOfArea44(BusinessPlan plan) => plan.ActionAreas.Single(area => area.Ref == "4.4").Actions[^1].Ref;

    /// <summary>The plan written as a plan file, changed as <paramref name="revise"/> says, and read back as <paramref name="fileName"/>.</summary>
    internal static BusinessPlan Revised(BusinessPlan plan, string fileName, Action<JsonNode> revise)
    {
        var file = JsonNode.Parse(PlanFileExporter.Export(plan))!;
        revise(file);
        return PlanFileImporter.Import(Encoding.UTF8.GetBytes(file.ToJsonString()), fileName);
    }

    private static IEnumerable<JsonArray> ActionLists(JsonNode file) =>
        file["plan"]!["priorities"]!.AsArray().SelectMany(priority => priority!["actionAreas"]!.AsArray()).Select(area => area!["actions"]!.AsArray());

    private static JsonArray Area(JsonNode file, string areaRef) =>
        file["plan"]!["priorities"]!.AsArray().SelectMany(priority => priority!["actionAreas"]!.AsArray())
            .Single(area => (string?)area!["ref"] == areaRef)!["actions"]!.AsArray();

    private static JsonNode Action(JsonNode file, string actionRef) =>
        ActionLists(file).SelectMany(actions => actions).Single(action => (string?)action!["ref"] == actionRef)!;

    private static void Remove(JsonNode file, string actionRef)
    {
        var action = Action(file, actionRef);
        ActionLists(file).Single(actions => actions.Contains(action)).Remove(action);
    }
}

/// <summary>The plan lifecycle suite on SQLite.</summary>
public sealed class SqlitePlanLifecycleTests() : PlanLifecycleTests(TestProvider.Sqlite);

/// <summary>The plan lifecycle suite on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlPlanLifecycleTests(PostgreSqlServer server) : PlanLifecycleTests(server);
