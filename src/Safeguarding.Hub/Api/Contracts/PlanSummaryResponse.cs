namespace Safeguarding.Hub.Api.Contracts;

/// <summary>A plan as listed: enough to choose one.</summary>
/// <param name="Key">The plan's key, used in addresses, such as "hscb-business-plan-2014-15".</param>
/// <param name="Title">The plan's title.</param>
/// <param name="BoardName">The board's name.</param>
/// <param name="PeriodStart">The first day the plan covers.</param>
/// <param name="PeriodEnd">The last day the plan covers.</param>
public sealed record PlanSummaryResponse(string Key, string Title, string BoardName, DateOnly PeriodStart, DateOnly PeriodEnd);
