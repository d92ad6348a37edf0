using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Widgets.Caching;

/// <summary>
/// What tells one state of a plan from another when the same plan object is changed in place:
/// its revision, when it was archived, and how many progress updates and reviews its actions hold.
/// Updates and reviews are only ever added, so every recording and every review changes a count.
/// </summary>
/// <param name="Revision">The plan's revision.</param>
/// <param name="ArchivedAt">When the plan was archived, if it was.</param>
/// <param name="Updates">The progress updates recorded on its actions.</param>
/// <param name="Reviews">The reviews recorded on its actions.</param>
public readonly record struct PlanState(int Revision, Instant? ArchivedAt, int Updates, int Reviews)
{
    /// <summary>Gets the state of a plan as it stands.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Its state.</returns>
    public static PlanState Of(BusinessPlan plan)
    {
        ArgumentNullException.ThrowIfNull(plan);
        int updates = 0, reviews = 0;
        foreach (var action in plan.Actions)
        {
            updates += action.Progress.Count;
            reviews += action.Reviews.Count;
        }
        return new PlanState(plan.Revision, plan.ArchivedAt, updates, reviews);
    }
}
