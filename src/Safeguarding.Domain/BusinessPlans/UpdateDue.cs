namespace Safeguarding.Domain.BusinessPlans;

/// <summary>One action's progress return: when it is due, when the last one was as at, and how late it is.</summary>
/// <param name="Action">The action.</param>
/// <param name="LeadAgency">The lead agency as the plan names it, or <c>null</c>.</param>
/// <param name="DueBy">The date the return is due by: a reporting cycle after the last update's as-at date (or after the plan starts, with none).</param>
/// <param name="LastReportedAsAt">The as-at date of the latest update that stands, or <c>null</c>.</param>
/// <param name="DaysOverdue">How many days past <paramref name="DueBy"/> the as-at date is; 0 when it is not overdue.</param>
public sealed record UpdateDue(PlanAction Action, string? LeadAgency, LocalDate DueBy, LocalDate? LastReportedAsAt, int DaysOverdue)
{
    /// <summary>Gets a value indicating whether the return is overdue.</summary>
    public bool IsOverdue => DaysOverdue > 0;
}
