namespace Safeguarding.Domain.Reporting;

/// <summary>
/// Children subject to a child protection plan: by category at the end of each quarter, the share
/// on a second or subsequent plan and the share of plans over twelve months old
/// (003_2b82dd704ae0436e.txt, section 5, priority 4).
/// </summary>
/// <param name="Quarters">Counts by category at the end of each quarter.</param>
/// <param name="Source">Where in the document the figures are.</param>
/// <param name="SecondOrSubsequentPlans">The share on a plan for a second or subsequent time; <c>null</c> (the default) when not given.</param>
/// <param name="PlansOverTwelveMonths">The share of plans more than twelve months old; <c>null</c> (the default) when not given.</param>
public sealed record ChildProtectionPlanFigures(
    IReadOnlyList<ChildProtectionPlanQuarter> Quarters,
    SourceCitation Source,
    PercentageOnlyFigure? SecondOrSubsequentPlans = null,
    PercentageOnlyFigure? PlansOverTwelveMonths = null);
