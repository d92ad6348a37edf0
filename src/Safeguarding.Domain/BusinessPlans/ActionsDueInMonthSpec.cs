using Ardalis.Specification;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Actions due in a month ("to be completed by the end of February 2009"), in ref order.</summary>
public sealed class ActionsDueInMonthSpec : Specification<PlanAction>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="month">The month.</param>
    public ActionsDueInMonthSpec(YearMonth month)
    {
        var days = month.ToDateInterval();
        var first = days.Start;
        var last = days.End;
        Query.Where(action => action.DueDate != null && action.DueDate >= first && action.DueDate <= last)
            .OrderBy(action => action.Ref);
    }
}
