using Ardalis.Specification;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// Actions past their due date and not complete as at a date, the longest overdue first. An action
/// with several milestones is past its due date once a milestone passes without being recorded as
/// met (<see cref="PlanAction.DueDateAsAt"/>), as its rating is.
/// </summary>
public sealed class OverdueActionsSpec : Specification<PlanAction>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asAt">The date; an action due on that day is not yet overdue.</param>
    public OverdueActionsSpec(LocalDate asAt)
    {
        Query.Where(action => action.DueDateAsAt(asAt) < asAt
                && !(action.CompletedOn != null && action.CompletedOn <= asAt))
            .OrderBy(action => action.DueDateAsAt(asAt))
            .ThenBy(action => action.Ref);
    }
}
