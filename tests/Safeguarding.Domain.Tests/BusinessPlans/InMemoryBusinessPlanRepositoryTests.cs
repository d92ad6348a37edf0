using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Tests.BusinessPlans;

public class InMemoryBusinessPlanRepositoryTests
{
    [Fact]
    public async Task Plans_are_kept_by_their_key_and_listed_by_title()
    {
        var repository = new InMemoryBusinessPlanRepository([SeedFiles.Plan(SeedFiles.WestBerkshire2015), SeedFiles.Plan(SeedFiles.Hscb2014)]);

        var listed = await repository.ListAsync();

        Assert.Equal(["west-berkshire-business-plan-2015-17", "hscb-business-plan-2014-15"], listed.Select(summary => summary.Key));
        Assert.Equal("West Berkshire Local Safeguarding Children Board", listed[0].BoardName);
        Assert.NotNull(await repository.GetAsync("hscb-business-plan-2014-15"));
        Assert.Null(await repository.GetAsync("no-such-plan"));
    }

    [Fact]
    public async Task A_second_plan_with_the_same_key_is_refused_and_the_first_is_kept()
    {
        var first = SeedFiles.Plan(SeedFiles.Hscb2014);
        var repository = new InMemoryBusinessPlanRepository([first]);

        await Assert.ThrowsAsync<InvalidOperationException>(() => repository.AddAsync(SeedFiles.Plan(SeedFiles.Hscb2014)));

        Assert.Same(first, await repository.GetAsync(first.Key));
    }

    [Fact]
    public async Task Recorded_progress_changes_the_derived_rating()
    {
        var repository = new InMemoryBusinessPlanRepository([SeedFiles.Plan(SeedFiles.ImprovementPlan2012), SeedFiles.Plan(SeedFiles.Hscb2014)]);
        var plan = (await repository.GetAsync("hscb-business-plan-2014-15"))!;
        var action = plan.FindAction("1.1.2")!;

        var result = await repository.RecordProgressAsync(plan.Key, Completed("1.1.2", action.Version));

        Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        Assert.Equal(RagRating.Complete, RagRules.Assess(plan, action, new LocalDate(2014, 11, 30)).Rating);
    }

    [Fact]
    public async Task Progress_on_an_unknown_plan_or_action_is_not_found_rather_than_thrown()
    {
        var repository = new InMemoryBusinessPlanRepository([SeedFiles.Plan(SeedFiles.Hscb2014)]);

        var noAction = await repository.RecordProgressAsync("hscb-business-plan-2014-15", Completed("9.9.9", 0));
        var noPlan = await repository.RecordProgressAsync("no-such-plan", Completed("1.1.2", 1));

        Assert.Equal(ProgressRecordingStatus.NotFound, noAction.Status);
        Assert.Contains("9.9.9", noAction.Message, StringComparison.Ordinal);
        Assert.Equal(ProgressRecordingStatus.NotFound, noPlan.Status);
        Assert.Contains("no-such-plan", noPlan.Message, StringComparison.Ordinal);
    }

    private static ProgressSubmission Completed(string actionRef, int expectedVersion) => new()
    {
        ActionRef = actionRef,
        ExpectedVersion = expectedVersion,
        AsAt = new LocalDate(2014, 9, 15),
        Statement = "Completed.",
        Ratings = new Dictionary<string, string?> { ["process"] = "G", ["completion"] = "G" },
        MarkedComplete = true,
        CompletedOn = new LocalDate(2014, 9, 15),
        RecordedBy = new UpdateAuthor("user-1", "Business Manager", null, Safeguarding.Domain.Access.BoardRole.BusinessUnit),
        RecordedAt = Instant.FromUtc(2014, 9, 15, 12, 0),
        Today = new LocalDate(2014, 9, 15),
    };
}
