namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Progress returns due in the current reporting cycle, those overdue, and those to escalate to the business unit.</summary>
public sealed record UpdatesDueReport
{
    /// <summary>Gets the date the report is as at.</summary>
    public required LocalDate AsAt { get; init; }

    /// <summary>Gets the current reporting cycle: cycles of the plan's <see cref="BusinessPlan.ReportingCycleDays"/> from the day it starts.</summary>
    public required DateInterval Cycle { get; init; }

    /// <summary>Gets the agency the report is for as the plan names it, or <c>null</c> for every agency.</summary>
    public string? Agency { get; init; }

    /// <summary>Gets the returns due by the end of the current cycle and not yet overdue, soonest first.</summary>
    public required IReadOnlyList<UpdateDue> DueThisCycle { get; init; }

    /// <summary>Gets the returns past their due date, longest overdue first.</summary>
    public required IReadOnlyList<UpdateDue> Overdue { get; init; }

    /// <summary>Gets how many days overdue a return must be to escalate to the business unit.</summary>
    public required int EscalateAfterDays { get; init; }

    /// <summary>Gets the overdue returns to escalate: overdue by more than <see cref="EscalateAfterDays"/>, longest overdue first.</summary>
    public IReadOnlyList<UpdateDue> Escalations => [.. Overdue.Where(due => due.DaysOverdue > EscalateAfterDays)];

    /// <summary>Gets the returns due and overdue by lead agency, agencies in name order (actions with no lead agency under "(no lead agency)").</summary>
    public IReadOnlyList<IGrouping<string, UpdateDue>> ByAgency =>
        [.. Overdue.Concat(DueThisCycle).GroupBy(due => due.LeadAgency ?? "(no lead agency)").OrderBy(group => group.Key, StringComparer.Ordinal)];
}
