namespace Safeguarding.Domain.BusinessPlans;

/// <summary>A plan as listed: enough to choose one.</summary>
/// <param name="Key">The plan's key.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="BoardName">The board's name.</param>
/// <param name="Period">The period the plan covers.</param>
public sealed record BusinessPlanSummary(string Key, string Title, string BoardName, DateInterval Period)
{
    /// <summary>Gets a value indicating whether the plan is archived: readable and reportable, no longer offered for updates.</summary>
    public bool IsArchived { get; init; }

    /// <summary>Summarises a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <returns>Its summary.</returns>
    public static BusinessPlanSummary Of(BusinessPlan plan) =>
        new(Preconditions.CheckNotNull(plan).Key, plan.Title, plan.Board.Name, plan.Period) { IsArchived = plan.IsArchived };
}
