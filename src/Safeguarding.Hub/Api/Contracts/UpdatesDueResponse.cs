namespace Safeguarding.Hub.Api.Contracts;

/// <summary>Progress returns due this reporting cycle, overdue, and to escalate to the business unit.</summary>
/// <param name="PlanKey">The plan's key.</param>
/// <param name="AsAt">The date it is as at.</param>
/// <param name="CycleStart">The first day of the current reporting cycle.</param>
/// <param name="CycleEnd">The last day of the current reporting cycle.</param>
/// <param name="Agency">The agency the returns are for, as the board names it, or <c>null</c> for every agency.</param>
/// <param name="EscalateAfterDays">How many days overdue a return must be to escalate.</param>
/// <param name="DueThisCycle">Returns due by the end of the cycle and not yet overdue, soonest first.</param>
/// <param name="Overdue">Returns past their due date, longest overdue first.</param>
/// <param name="Escalations">Overdue returns to escalate to the business unit.</param>
public sealed record UpdatesDueResponse(
    string PlanKey,
    DateOnly AsAt,
    DateOnly CycleStart,
    DateOnly CycleEnd,
    string? Agency,
    int EscalateAfterDays,
    IReadOnlyList<UpdateDueResponse> DueThisCycle,
    IReadOnlyList<UpdateDueResponse> Overdue,
    IReadOnlyList<UpdateDueResponse> Escalations);

/// <summary>One action's progress return.</summary>
/// <param name="Ref">The action's ref.</param>
/// <param name="Summary">The action in one line.</param>
/// <param name="LeadAgency">The lead agency, or <c>null</c>.</param>
/// <param name="DueBy">The date the return is due by.</param>
/// <param name="LastReportedAsAt">The as-at date of the latest update that stands, or <c>null</c>.</param>
/// <param name="DaysOverdue">How many days overdue it is; 0 when it is not.</param>
public sealed record UpdateDueResponse(string Ref, string Summary, string? LeadAgency, DateOnly DueBy, DateOnly? LastReportedAsAt, int DaysOverdue);
