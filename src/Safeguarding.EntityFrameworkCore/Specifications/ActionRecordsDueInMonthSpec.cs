using Ardalis.Specification;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore.Specifications;

/// <summary>
/// Stored actions due in a month, in ref order, in SQL. The database counterpart of the domain's
/// <c>ActionsDueInMonthSpec</c>.
/// </summary>
public sealed class ActionRecordsDueInMonthSpec : Specification<PlanActionRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="month">The month.</param>
    public ActionRecordsDueInMonthSpec(YearMonth month)
    {
        var days = month.ToDateInterval();
        var first = days.Start;
        var last = days.End;
        Query.Where(action => action.DueDate != null && action.DueDate >= first && action.DueDate <= last)
            .OrderBy(action => action.Ref);
    }
}
