using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using static Safeguarding.Domain.Tests.TestPlans;

namespace Safeguarding.Domain.Tests.Rag;

/// <summary>
/// Issue 12: rating an action allocates nothing, and rating a plan again allocates nothing for each
/// action, so the dashboard's figures stay cheap however large the plan; yet a rating is never
/// older than the latest update. The words of an assessment are built when read, from the history it rated.
/// Run alone: a plan's rating index is made again whenever any history in the process changes, so
/// another test recording progress meanwhile would add the rebuild to the bytes measured here.
/// </summary>
[Collection(RunAlone.Name)]
public class RagAllocationTests
{
    private static readonly RagScheme Hscb = BuiltInRagSchemes.Hscb2014;
    private static readonly LocalDate AsAt = new(2014, 11, 30);

    // Every rule's branch: overdue unrated, overdue but rated green (a contradiction), at risk,
    // complete, rated red, not yet rated, not yet started, stale, a milestone passed and one met.
    private static PlanAction[] EveryKindOfAction(string prefix) =>
    [
        Action($"{prefix}.1", "Oct 14"),
        Action($"{prefix}.2", "Oct 14", Rated(Hscb, new LocalDate(2014, 9, 30), "G")),
        Action($"{prefix}.3", "Dec 14", Rated(Hscb, new LocalDate(2014, 11, 15), "A")),
        Action($"{prefix}.4", "Mar 15", Rated(Hscb, new LocalDate(2014, 10, 31), "G", markedComplete: true)),
        Action($"{prefix}.5", "Mar 15", Rated(Hscb, new LocalDate(2014, 11, 20), "R")),
        Action($"{prefix}.6", "Mar 15"),
        Action($"{prefix}.7", "Ongoing from April 2015"),
        Action($"{prefix}.8", "Mar 15", Rated(Hscb, new LocalDate(2014, 4, 30), "G")),
        Action($"{prefix}.9", "Oct 14 for Education Mar 15 for wider application", Rated(Hscb, new LocalDate(2014, 9, 30), "G")),
        Action($"{prefix}.10", "Oct 14 for Education Mar 15 for wider application",
            Rated(Hscb, new LocalDate(2014, 10, 31), "G") with { MilestonesMet = [new LocalDate(2014, 10, 31)] }),
    ];

    [Fact]
    public void Rating_an_action_allocates_nothing_whatever_rule_decides_it()
    {
        var actions = EveryKindOfAction("1");
        var plan = With(Hscb, actions);
        var decided = new HashSet<(RagRating, bool, bool, bool)>();
        foreach (var action in actions)
        {
            RagRules.Assess(plan, action, AsAt);
        }

        foreach (var action in actions)
        {
            var before = GC.GetAllocatedBytesForCurrentThread();
            var assessment = RagRules.Assess(plan, action, AsAt);
            var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

            Assert.True(allocated == 0, $"Expected rating action {action.Ref} to allocate nothing, but it allocated {allocated} bytes.");
            decided.Add((assessment.Rating, assessment.IsOverdue, assessment.IsStale, assessment.Contradiction is not null));
        }

        // The actions above do take the rules' different branches.
        Assert.True(decided.Count >= 7, $"Expected at least 7 different outcomes, but found {decided.Count}.");
    }

    [Fact]
    public void Rating_a_plan_again_allocates_nothing_for_each_action()
    {
        static BusinessPlan PlanOf(int copies) => With(Hscb, [.. Enumerable.Range(1, copies).SelectMany(copy => EveryKindOfAction($"{copy}"))]);
        var small = PlanOf(10);
        var large = PlanOf(100);
        RagRules.AssessPlan(small, AsAt);
        RagRules.AssessPlan(large, AsAt);

        var smallBytes = AllocatedBy(() => RagRules.AssessPlan(small, new LocalDate(2015, 1, 31)));
        var largeBytes = AllocatedBy(() => RagRules.AssessPlan(large, new LocalDate(2015, 1, 31)));

        Assert.Equal(smallBytes, largeBytes);
    }

    [Fact]
    public void A_plan_rated_again_after_progress_is_recorded_says_so_at_once()
    {
        var actions = EveryKindOfAction("1");
        var plan = With(Hscb, actions);
        Assert.Equal(RagRating.Red, RagRules.AssessPlan(plan, AsAt).For("1.1").Rating);
        var completeBefore = RagRules.AssessPlan(plan, AsAt).Overall.Counts[RagRating.Complete];

        actions[0].RecordProgress(Rated(Hscb, new LocalDate(2014, 11, 1), "G", markedComplete: true));
        var after = RagRules.AssessPlan(plan, AsAt);

        Assert.Equal(completeBefore + 1, after.Overall.Counts[RagRating.Complete]);
        Assert.Equal(RagRating.Complete, after.For("1.1").Rating);
    }

    [Fact]
    public void A_plans_assessments_and_roll_ups_agree_when_progress_is_recorded_after_it_is_assessed()
    {
        var actions = EveryKindOfAction("1");
        var plan = With(Hscb, actions);
        var assessment = RagRules.AssessPlan(plan, AsAt);
        var before = assessment.Overall.Counts[RagRating.Complete];

        // Recorded after the plan was assessed, and before its actions' assessments are read.
        actions[0].RecordProgress(Rated(Hscb, new LocalDate(2014, 11, 1), "G", markedComplete: true));

        Assert.Equal(before, assessment.Actions.Count(item => item.Rating == RagRating.Complete));
        Assert.Equal(RagRating.Red, assessment.For("1.1").Rating);
        Assert.StartsWith("Red: not complete", assessment.For("1.1").Explanation, StringComparison.Ordinal);
        Assert.Equal(RagRating.Complete, RagRules.Assess(plan, actions[0], AsAt).Rating);
    }

    [Fact]
    public void Each_assessment_of_a_plan_says_what_rating_the_action_alone_says()
    {
        var actions = EveryKindOfAction("1");
        var plan = With(Hscb, actions);

        var assessment = RagRules.AssessPlan(plan, AsAt);

        Assert.Equal(
            actions.Select(action => RagRules.Assess(plan, action, AsAt)).Select(item => (item.Action.Ref, item.Rating, item.Reason, item.Explanation, item.Contradiction)),
            assessment.Actions.Select(item => (item.Action.Ref, item.Rating, item.Reason, item.Explanation, item.Contradiction)));
    }

    private static long AllocatedBy(Action work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }
}
