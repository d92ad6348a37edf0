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
        Assert.True(plan.RagScheme.TryReadRating("completion", "G", out var green, out _));

        await repository.RecordProgressAsync(plan.Key, "1.1.2", new ProgressUpdate { AsAt = new LocalDate(2014, 9, 15), Ratings = [green], MarkedComplete = true });

        Assert.Equal(RagRating.Complete, RagRules.Assess(plan, plan.FindAction("1.1.2")!, new LocalDate(2014, 11, 30)).Rating);
        await Assert.ThrowsAsync<KeyNotFoundException>(() => repository.RecordProgressAsync(plan.Key, "9.9.9", new ProgressUpdate { AsAt = new LocalDate(2014, 9, 15) }));
    }
}
