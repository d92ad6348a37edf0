using Ardalis.Specification;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore.Specifications;

/// <summary>
/// Stored actions past their due date and not complete as at a date, the longest overdue first,
/// in SQL. The database counterpart of the domain's <c>OverdueActionsSpec</c>.
/// </summary>
/// <remarks>
/// SQL sees an action's final due date only, not which milestones its updates recorded as met: an
/// action with several milestones whose earlier milestone passed unmet is overdue in the domain
/// (<c>PlanAction.DueDateAsAt</c>) but not here until its last one passes. Where that matters, load
/// the plan and evaluate <c>OverdueActionsSpec</c> on its actions, as the widgets do.
/// </remarks>
public sealed class OverdueActionRecordsSpec : Specification<PlanActionRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asAt">The date; an action due on that day is not yet overdue.</param>
    public OverdueActionRecordsSpec(LocalDate asAt)
    {
        Query.Where(action => action.DueDate != null && action.DueDate < asAt
                && !(action.CompletedOn != null && action.CompletedOn <= asAt))
            .OrderBy(action => action.DueDate)
            .ThenBy(action => action.Ref);
    }
}
