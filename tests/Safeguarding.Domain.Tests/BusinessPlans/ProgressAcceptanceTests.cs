using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using static Safeguarding.Domain.Tests.BusinessPlans.Progress;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class ProgressAcceptanceTests
{
    private static readonly LocalDate ThirtyFirstOctober = new(2014, 10, 31);

    [Fact]
    public void Where_the_board_requires_acceptance_an_update_counts_in_board_reports_only_once_accepted()
    {
        var (plan, action) = PlanWithImportedUpdate(requiresAcceptance: true);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, "R", PoliceLead, At(11, 1, 9)));

        // The update as recorded makes the action red on the live plan...
        Assert.Equal(RagRating.Red, Rating(plan, action.Ref));
        // ...but board reports still show the imported update ("N", not rated), a quarter old.
        var unaccepted = RagRules.Assess(plan.ForBoardReports(), plan.ForBoardReports().FindAction("1")!, Today);
        Assert.Equal(RagRating.NotRated, unaccepted.Rating);
        Assert.Equal(PlanStart, unaccepted.LatestProgress!.AsAt);
        Assert.True(unaccepted.IsStale);

        var review = action.Review(2, ReviewOutcome.Accepted, null, BusinessManager, At(11, 2, 9));

        Assert.Equal(ProgressRecordingStatus.Recorded, review.Status);
        Assert.Equal("Update 2 was accepted.", review.Message);
        Assert.Equal(RagRating.Red, Rating(plan.ForBoardReports(), action.Ref));
        Assert.Equal(ReviewOutcome.Accepted, action.ReviewOf(2)!.Outcome);
    }

    [Fact]
    public void A_returned_update_needs_a_comment_and_does_not_count_in_board_reports()
    {
        var (plan, action) = PlanWithImportedUpdate(requiresAcceptance: true);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, "R", PoliceLead, At(11, 1, 9)));

        foreach (var blank in new[] { null, "", "  " })
        {
            var refused = action.Review(2, ReviewOutcome.Returned, blank, BusinessManager, At(11, 2, 9));
            Assert.Equal(ProgressRecordingStatus.Invalid, refused.Status);
            Assert.Equal("Comment", Assert.Single(refused.Errors).Field);
            Assert.StartsWith("Enter a comment saying why the update is returned", refused.Errors[0].Message, StringComparison.Ordinal);
        }
        Assert.Empty(action.Reviews);

        var returned = action.Review(2, ReviewOutcome.Returned, " Say what the audit found. ", BusinessManager, At(11, 2, 9));

        Assert.Equal(ProgressRecordingStatus.Recorded, returned.Status);
        Assert.Equal("Say what the audit found.", returned.Review!.Comment);
        Assert.Equal(BusinessManager, returned.Review.ReviewedBy);
        Assert.Equal(RagRating.NotRated, Rating(plan.ForBoardReports(), action.Ref));
    }

    [Fact]
    public void The_latest_review_of_an_update_decides_whether_it_counts()
    {
        var (plan, action) = PlanWithImportedUpdate(requiresAcceptance: true);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, "R", PoliceLead, At(11, 1, 9)));
        action.Review(2, ReviewOutcome.Accepted, null, BusinessManager, At(11, 2, 9));
        action.Review(2, ReviewOutcome.Returned, "Accepted in error: the rating is the agency's, not the board's.", BusinessManager, At(11, 3, 9));

        Assert.Equal(ReviewOutcome.Returned, action.ReviewOf(2)!.Outcome);
        Assert.Equal(2, action.Reviews.Count);
        Assert.Equal(RagRating.NotRated, Rating(plan.ForBoardReports(), action.Ref));
        // As it stood between the two reviews, the update was accepted.
        Assert.Equal(RagRating.Red, Rating(plan.AsItStoodOn(At(11, 2, 12)).ForBoardReports(), action.Ref));
        Assert.Equal(RagRating.NotRated, Rating(plan.AsItStoodOn(At(11, 1, 12)).ForBoardReports(), action.Ref));
    }

    [Fact]
    public void Where_the_board_does_not_require_acceptance_board_reports_use_the_plan_itself()
    {
        var (plan, action) = PlanWithImportedUpdate(requiresAcceptance: false);
        action.Recorded(plan, Submission(action, ThirtyFirstOctober, "R"));

        Assert.Same(plan, plan.ForBoardReports());
        Assert.Equal(RagRating.Red, Rating(plan.ForBoardReports(), action.Ref));
    }

    [Fact]
    public void Reviewing_an_update_that_does_not_exist_is_not_found()
    {
        var (_, action) = PlanWithImportedUpdate(requiresAcceptance: true);

        var result = action.Review(2, ReviewOutcome.Accepted, null, BusinessManager, At(11, 2, 9));

        Assert.Equal(ProgressRecordingStatus.NotFound, result.Status);
        Assert.Equal("Action 1 has 1 update(s), so there is no update 2 to review.", result.Message);
        Assert.Empty(action.Reviews);
    }

    [Fact]
    public async Task The_repository_records_reviews_of_updates_on_the_plan_it_keeps()
    {
        var (plan, action) = PlanWithImportedUpdate(requiresAcceptance: true);
        var repository = new InMemoryBusinessPlanRepository([plan]);
        await repository.RecordProgressAsync(plan.Key, Submission(action, ThirtyFirstOctober, "R", PoliceLead, At(11, 1, 9)));

        var review = new ReviewSubmission { ActionRef = "1", UpdateNumber = 2, Outcome = ReviewOutcome.Accepted, ReviewedBy = BusinessManager, ReviewedAt = At(11, 2, 9) };
        var accepted = await repository.ReviewProgressAsync(plan.Key, review);
        var missing = await repository.ReviewProgressAsync(plan.Key, review with { ActionRef = "9" });

        Assert.Equal(ProgressRecordingStatus.Recorded, accepted.Status);
        Assert.Equal(ProgressRecordingStatus.NotFound, missing.Status);
        Assert.Equal(RagRating.Red, Rating((await repository.GetAsync(plan.Key))!.ForBoardReports(), "1"));
    }

    [Fact]
    public void A_plan_file_may_require_acceptance()
    {
        var json = File.ReadAllText(SeedFiles.PlanPath(SeedFiles.Hscb2014));
        Assert.DoesNotContain("requiresAcceptance", json, StringComparison.Ordinal);
        var path = Path.Combine(Path.GetTempPath(), $"hscb-business-plan-2014-15-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, json.Replace("\"priorityTerm\"", "\"requiresAcceptance\": true, \"priorityTerm\"", StringComparison.Ordinal));
        try
        {
            Assert.False(SeedFiles.Plan(SeedFiles.Hscb2014).RequiresAcceptance);
            Assert.True(Safeguarding.Domain.Import.PlanFileImporter.ImportFile(path).RequiresAcceptance);
        }
        finally
        {
            File.Delete(path);
        }
    }

    private static RagRating Rating(BusinessPlan plan, string actionRef) => RagRules.Assess(plan, plan.FindAction(actionRef)!, Today).Rating;

    /// <summary>An action due 31 March 2015 with an update imported with the plan: as at 1 April 2014, not rated.</summary>
    private static (BusinessPlan Plan, PlanAction Action) PlanWithImportedUpdate(bool requiresAcceptance)
    {
        var action = Action("1", "Mar 15");
        Assert.True(BuiltInRagSchemes.Hscb2014.TryReadRating("completion", "N", out var notRated, out _));
        action.RecordProgress(new ProgressUpdate { AsAt = PlanStart, Ratings = [notRated], Statement = "Not yet started." });
        return (Plan(requiresAcceptance, action), action);
    }
}
