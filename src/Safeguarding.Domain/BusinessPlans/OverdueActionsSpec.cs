using Ardalis.Specification;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Actions past their due date and not complete as at a date, the longest overdue first.</summary>
public sealed class OverdueActionsSpec : Specification<PlanAction>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asAt">The date; an action due on that day is not yet overdue.</param>
    public OverdueActionsSpec(LocalDate asAt)
    {
        Query.Where(action => action.DueDate != null && action.DueDate < asAt
                && !(action.CompletedOn != null && action.CompletedOn <= asAt))
            .OrderBy(action => action.DueDate)
            .ThenBy(action => action.Ref);
    }
}
