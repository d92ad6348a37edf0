using System.Text;
using System.Text.Json.Nodes;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Tests.BusinessPlans;

/// <summary>The in-memory store's plan lifecycle: revisions with a version check, and archiving.</summary>
public class InMemoryPlanLifecycleTests
{
    private static BusinessPlan WithTimescale(string actionRef, string timescale)
    {
        var file = JsonNode.Parse(PlanFileExporter.Export(SeedFiles.Plan(SeedFiles.Hscb2014)))!;
        var action = file["plan"]!["priorities"]!.AsArray().SelectMany(priority => priority!["actionAreas"]!.AsArray())
            .SelectMany(area => area!["actions"]!.AsArray()).Single(action => (string?)action!["ref"] == actionRef)!;
        action["timescale"] = timescale;
        return PlanFileImporter.Import(Encoding.UTF8.GetBytes(file.ToJsonString()), SeedFiles.Hscb2014);
    }

    [Fact]
    public async Task A_revision_is_stored_with_the_next_revision_number_and_one_made_from_an_older_one_is_a_conflict()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var repository = new InMemoryBusinessPlanRepository([plan]);
        var action = plan.FindAction("2.1.3")!;
        Assert.Equal(ProgressRecordingStatus.Recorded,
            (await repository.RecordProgressAsync(plan.Key, Progress.Submission(action, new LocalDate(2014, 11, 28), by: Progress.CouncilLead))).Status);

        var stored = await repository.ReviseAsync(WithTimescale("2.1.3", "Dec 14"), expectedRevision: 0);
        var stale = await repository.ReviseAsync(WithTimescale("2.1.3", "Jan 15"), expectedRevision: 0);

        Assert.Equal(PlanRevisionStatus.Stored, stored.Status);
        Assert.Equal(PlanRevisionStatus.Conflict, stale.Status);
        Assert.Equal(1, stale.CurrentRevision);
        var now = (await repository.GetAsync(plan.Key))!;
        Assert.Equal(1, now.Revision);
        Assert.Equal("Dec 14", now.FindAction("2.1.3")!.Timescale.Text);
        Assert.Equal(Progress.CouncilLead, now.FindAction("2.1.3")!.Progress[^1].RecordedBy);
        Assert.Equal(PlanRevisionStatus.NotFound, (await new InMemoryBusinessPlanRepository([]).ReviseAsync(now, 1)).Status);
    }

    [Fact]
    public async Task An_archived_plan_refuses_progress_naming_the_date_and_offers_no_updates_due_until_reopened()
    {
        var plan = SeedFiles.Plan(SeedFiles.Hscb2014);
        var repository = new InMemoryBusinessPlanRepository([plan]);
        var archivedAt = Instant.FromUtc(2015, 5, 1, 23, 30); // 2 May in London (British Summer Time)
        Assert.True(await repository.ArchiveAsync(plan.Key, archivedAt));
        var archived = (await repository.GetAsync(plan.Key))!;

        var refused = await repository.RecordProgressAsync(plan.Key, Progress.Submission(archived.FindAction("3.1.1")!, new LocalDate(2014, 11, 28)));

        Assert.Equal(ProgressRecordingStatus.Invalid, refused.Status);
        Assert.Contains("archived on 2 May 2015", Assert.Single(refused.Errors).Message, StringComparison.Ordinal);
        Assert.True(Assert.Single(await repository.ListAsync()).IsArchived);
        var due = UpdatesDue.For(archived, new LocalDate(2014, 11, 28));
        Assert.Empty(due.Overdue);
        Assert.Empty(due.DueThisCycle);
        Assert.NotEmpty(UpdatesDue.For(plan, new LocalDate(2014, 11, 28)).Overdue.Concat(UpdatesDue.For(plan, new LocalDate(2014, 11, 28)).DueThisCycle));

        Assert.True(await repository.ReopenAsync(plan.Key));
        var reopened = (await repository.GetAsync(plan.Key))!;
        Assert.Equal(ProgressRecordingStatus.Recorded,
            (await repository.RecordProgressAsync(plan.Key, Progress.Submission(reopened.FindAction("3.1.1")!, new LocalDate(2014, 11, 28)))).Status);
        Assert.False(await repository.ArchiveAsync("no-such-plan", archivedAt));
    }
}
