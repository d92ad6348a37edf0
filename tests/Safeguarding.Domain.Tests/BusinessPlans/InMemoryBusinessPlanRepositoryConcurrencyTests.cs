using System.Collections.Concurrent;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class InMemoryBusinessPlanRepositoryConcurrencyTests
{
    private const int Writers = 8;
    private const int SubmissionsEach = 500;

    private static readonly LocalDate AsAt = new(2014, 10, 31);

    [Fact]
    public async Task Many_writers_retrying_on_conflict_lose_nothing_and_store_nothing_twice_while_readers_read()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var repository = new InMemoryBusinessPlanRepository([plan]);
        var results = new ConcurrentBag<ProgressRecordingResult>();
        using var writing = new CancellationTokenSource();
        var reads = 0L;

        var writers = Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            for (var i = 0; i < SubmissionsEach; i++)
            {
                while (true)
                {
                    var stored = (await repository.GetAsync(plan.Key))!.FindAction("1")!;
                    var submission = Submission(stored, AsAt, by: new UpdateAuthor($"writer-{writer}", $"Writer {writer}", "West Mercia Police", Safeguarding.Domain.Access.BoardRole.AgencyLead))
                        with { IdempotencyKey = $"{writer}-{i}", Statement = $"Update {i} from writer {writer}." };
                    var result = await repository.RecordProgressAsync(plan.Key, submission);
                    results.Add(result);
                    if (result.Status == ProgressRecordingStatus.Recorded)
                    {
                        break;
                    }
                    Assert.Equal(ProgressRecordingStatus.Conflict, result.Status);
                    Assert.NotEmpty(result.RecordedSince);
                }
            }
        })).ToList();

        var readers = Enumerable.Range(0, 2).Select(reader => Task.Run(() =>
        {
            while (!writing.IsCancellationRequested)
            {
                var history = action.Progress;
                var previous = 0;
                foreach (var update in history)
                {
                    Assert.Equal(previous + 1, update.Number);
                    previous = update.Number;
                }
                Assert.True(history.Count <= action.Version);
                if (history.Count > 0)
                {
                    Assert.Equal(AsAt, action.LatestProgress(Today)!.AsAt);
                }
                // Before the first update nothing is rated; after it, every update is rated green.
                Assert.Contains(RagRules.AssessPlan(plan, Today).For("1").Rating, new[] { RagRating.NotRated, RagRating.Green });
                _ = ExceptionReport.Create(plan.AsItStoodOn(At(11, 30, 10)), Today, ExceptionReportMode.AllDue);
                _ = UpdatesDue.For(plan, Today);
                Interlocked.Increment(ref reads);
            }
        })).ToList();

        try
        {
            await Task.WhenAll(writers);
        }
        finally
        {
            await writing.CancelAsync();
        }
        await Task.WhenAll(readers);

        var recorded = results.Count(result => result.Status == ProgressRecordingStatus.Recorded);
        Assert.Equal(Writers * SubmissionsEach, recorded);
        Assert.Equal(recorded, action.Progress.Count);
        Assert.Equal(recorded, action.Version);
        Assert.Equal(Enumerable.Range(1, recorded), action.Progress.Select(update => update.Number));
        Assert.Equal(recorded, action.Progress.Select(update => update.IdempotencyKey).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(results.Where(result => result.Status == ProgressRecordingStatus.Recorded).Select(result => result.Update!.Number).Order(), Enumerable.Range(1, recorded));
        Assert.True(Interlocked.Read(ref reads) > 0);
    }

    [Fact]
    public async Task Writers_submitting_once_on_the_same_version_record_exactly_one_and_the_rest_conflict()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var repository = new InMemoryBusinessPlanRepository([plan]);
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(writer => Task.Run(async () =>
        {
            var submission = Submission(action, AsAt) with { ExpectedVersion = 0, IdempotencyKey = $"writer-{writer}" };
            await start.Task;
            return await repository.RecordProgressAsync(plan.Key, submission);
        })).Append(Release(start)));

        results = [.. results.Where(result => result is not null)];
        var winner = Assert.Single(results, result => result.Status == ProgressRecordingStatus.Recorded);
        Assert.All(results.Where(result => result != winner), result =>
        {
            Assert.Equal(ProgressRecordingStatus.Conflict, result.Status);
            Assert.Equal([winner.Update!], result.RecordedSince);
        });
        Assert.Equal([winner.Update!], action.Progress);
    }

    [Fact]
    public async Task The_same_submission_arriving_many_times_at_once_is_stored_once()
    {
        var action = Action("1", "Mar 15");
        var plan = Plan(action);
        var repository = new InMemoryBusinessPlanRepository([plan]);
        var submission = Submission(action, AsAt) with { IdempotencyKey = "double-click" };
        var start = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);

        var results = await Task.WhenAll(Enumerable.Range(0, Writers).Select(_ => Task.Run(async () =>
        {
            await start.Task;
            return await repository.RecordProgressAsync(plan.Key, submission);
        })).Append(Release(start)));

        results = [.. results.Where(result => result is not null)];
        Assert.Single(results, result => result.Status == ProgressRecordingStatus.Recorded);
        Assert.Equal(Writers - 1, results.Count(result => result.Status == ProgressRecordingStatus.AlreadyRecorded));
        Assert.All(results, result => Assert.Equal(1, result.Update!.Number));
        Assert.Single(action.Progress);
    }

    /// <summary>Lets every writer go at once, once they are all waiting; its own result is null.</summary>
    private static async Task<ProgressRecordingResult> Release(TaskCompletionSource start)
    {
        await Task.Delay(50);
        start.SetResult();
        return null!;
    }
}
