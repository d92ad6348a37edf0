using System.Text;
using System.Text.Json.Nodes;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Tests.BusinessPlans;

/// <summary>A revised plan file brought in over a stored plan: what it adds, removes and changes, and recorded progress kept.</summary>
public class PlanRevisionTests
{
    private static (BusinessPlan Stored, BusinessPlan Revised) StoredAndRevised(Action<JsonNode> revise)
    {
        var stored = SeedFiles.Plan(SeedFiles.Hscb2014);
        foreach (var actionRef in (string[])["2.1.3", "3.1.1"])
        {
            var action = stored.FindAction(actionRef)!;
            action.Recorded(stored, Progress.Submission(action, new LocalDate(2014, 11, 28), completion: "A", by: Progress.CouncilLead));
        }
        var file = JsonNode.Parse(PlanFileExporter.Export(SeedFiles.Plan(SeedFiles.Hscb2014)))!;
        revise(file);
        var revised = PlanFileImporter.Import(Encoding.UTF8.GetBytes(file.ToJsonString()), SeedFiles.Hscb2014);
        return (stored, revised);
    }

    private static JsonArray ActionsOf(JsonNode file, int priority, int area) => file["plan"]!["priorities"]![priority]!["actionAreas"]![area]!["actions"]!.AsArray();

    private static JsonNode Action(JsonNode file, string actionRef) =>
        file["plan"]!["priorities"]!.AsArray().SelectMany(priority => priority!["actionAreas"]!.AsArray())
            .SelectMany(area => area!["actions"]!.AsArray()).Single(action => (string)action!["ref"]! == actionRef)!;

    [Fact]
    public void A_revision_reports_what_it_adds_removes_and_changes_and_keeps_recorded_progress()
    {
        var (stored, revised) = StoredAndRevised(file =>
        {
            Action(file, "2.1.3")["timescale"] = "Dec 14";
            var area = ActionsOf(file, 3, 3);
            var last = area[^1]!;
            area.Remove(last);   // 4.4.1, no recorded progress
            var added = JsonNode.Parse(last.ToJsonString())!;
            added["ref"] = "4.4.9";
            added.AsObject().Remove("progress");
            area.Add(added);
        });

        var revision = PlanRevision.Compare(stored, revised);

        Assert.True(revision.CanBeStored);
        Assert.Equal(["4.4.9"], revision.Added);
        Assert.Equal(["4.4.1"], revision.Removed);
        var change = Assert.Single(revision.Changed);
        Assert.Equal("2.1.3", change.Ref);
        Assert.Equal(["timescale"], change.Fields);
        var kept = revision.Plan.FindAction("2.1.3")!;
        Assert.Equal("Dec 14", kept.Timescale.Text);
        Assert.Equal(stored.FindAction("2.1.3")!.Progress.Count, kept.Progress.Count);
        Assert.Equal(Progress.CouncilLead, kept.Progress[^1].RecordedBy);
        Assert.Contains("Changes action 2.1.3: timescale.", revision.Summary);
    }

    [Fact]
    public void Dropping_an_action_with_recorded_progress_is_refused_unless_asked_for()
    {
        var (stored, revised) = StoredAndRevised(file => ActionsOf(file, 2, 0).RemoveAt(0));   // 3.1.1

        var refused = PlanRevision.Compare(stored, revised);
        var allowed = PlanRevision.Compare(stored, revised, dropActionsWithProgress: true);

        Assert.False(refused.CanBeStored);
        Assert.Equal(["3.1.1"], refused.Refused);
        Assert.Contains("Would remove action 3.1.1, which has recorded progress: refused unless you choose to drop it.", refused.Summary);
        Assert.True(allowed.CanBeStored);
        Assert.Null(allowed.Plan.FindAction("3.1.1"));
    }

    [Fact]
    public void The_same_plan_brought_in_again_changes_nothing()
    {
        var (stored, revised) = StoredAndRevised(_ => { });

        var revision = PlanRevision.Compare(stored, revised);

        Assert.Empty(revision.Summary);
        Assert.Equal(Safeguarding.EntityFrameworkCore.Tests.PlanDescription.Fields(stored), Safeguarding.EntityFrameworkCore.Tests.PlanDescription.Fields(revision.Plan));
    }
}
