using System.Text;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Tests.BusinessPlans;
using Safeguarding.EntityFrameworkCore.Tests;

namespace Safeguarding.Domain.Tests.Import;

/// <summary>A plan written back to the plan-file format imports as the same plan: every field, the whole history, what the rules make of it.</summary>
public class PlanFileExporterTests
{
    public static TheoryData<string> SeedPlans() =>
        [SeedFiles.Hscb2014, SeedFiles.ExceptionReport2009, SeedFiles.ImprovementPlan2012, SeedFiles.WestBerkshire2015];

    [Theory]
    [MemberData(nameof(SeedPlans))]
    public void A_seed_plan_exported_and_imported_again_is_the_same_plan(string fileName)
    {
        var original = SeedFiles.Plan(fileName);

        var text = PlanFileExporter.Export(original);
        var again = PlanFileImporter.Import(Encoding.UTF8.GetBytes(text), fileName);

        Assert.Equal(PlanDescription.Fields(original), PlanDescription.Fields(again));
        Assert.Equal(text, PlanFileExporter.Export(again));
    }

    [Fact]
    public async Task Recorded_progress_corrections_milestones_completion_and_reviews_survive_the_round_trip_and_the_file_meets_the_schema()
    {
        var milestones = Progress.Action("1.1", "Oct 14 for Education Mar 15 for wider application");
        var other = Progress.Action("1.2", "Mar 15", "Herefordshire Council");
        var plan = Progress.Plan(true, milestones, other);
        milestones.Recorded(plan, Progress.Submission(milestones, new LocalDate(2014, 10, 31)) with { MilestonesMet = [new LocalDate(2014, 10, 31)], IdempotencyKey = "form-1" });
        milestones.Recorded(plan, Progress.Submission(milestones, new LocalDate(2014, 10, 31), completion: "A", by: Progress.BusinessManager, at: Progress.At(11, 30, 11)) with { Corrects = 1, AdditionalWork = "Check the schools' returns." });
        other.Recorded(plan, Progress.Submission(other, new LocalDate(2014, 11, 28), by: Progress.CouncilLead) with { MarkedComplete = true, CompletedOn = new LocalDate(2014, 11, 27), ImpactSoFar = "Fewer repeat referrals." });
        Assert.Equal(ProgressRecordingStatus.Recorded, other.Review(1, ReviewOutcome.Returned, "Say what changed for children.", Progress.BusinessManager, Progress.At(11, 30, 12)).Status);
        Assert.Equal(ProgressRecordingStatus.Recorded, other.Review(1, ReviewOutcome.Accepted, null, Progress.BusinessManager, Progress.At(11, 30, 13)).Status);

        var again = PlanFileImporter.Import(Encoding.UTF8.GetBytes(PlanFileExporter.Export(plan)), "test-plan.json");

        // A plan built in code names no source document; the file must, so it names the plan's key.
        Assert.Null(plan.Source);
        Assert.Equal("test-plan", again.Source);
        Assert.Equal(PlanDescription.Fields(plan).Skip(1), PlanDescription.Fields(again).Skip(1));
        Assert.True(again.RequiresAcceptance);
        Assert.Equal(1, again.FindAction("1.1")!.Progress[1].Corrects);
        Assert.Equal(ReviewOutcome.Accepted, again.FindAction("1.2")!.ReviewOf(1)!.Outcome);
        var schema = await NJsonSchema.JsonSchema.FromFileAsync(Path.Combine(SeedFiles.Seeds, "plan.schema.json"));
        var errors = schema.Validate(PlanFileExporter.Export(plan));
        Assert.True(errors.Count == 0, string.Join(Environment.NewLine, errors.Select(error => $"{error.Path}: {error.Kind}")));
    }

    [Fact]
    public void A_history_that_does_not_fit_together_is_refused_by_the_importer_with_its_path()
    {
        var action = Progress.Action("1.1", "Mar 15");
        var plan = Progress.Plan(action);
        action.Recorded(plan, Progress.Submission(action, new LocalDate(2014, 10, 31)));
        var text = PlanFileExporter.Export(plan).Replace("\"asAt\": \"2014-10-31\",", "\"asAt\": \"2014-10-31\",\n              \"corrects\": 7,", StringComparison.Ordinal);

        var error = Assert.Throws<PlanFileException>(() => PlanFileImporter.Import(Encoding.UTF8.GetBytes(text), "test-plan.json"));

        Assert.Contains("$.plan.priorities[0].actions[0].progress[0].corrects", error.Message, StringComparison.Ordinal);
        Assert.Contains("expected the number of an earlier update of action 1.1", error.Message, StringComparison.Ordinal);
    }
}
