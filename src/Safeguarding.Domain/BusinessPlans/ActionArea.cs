namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// An action area: the middle level of a plan, between a priority and its actions, such as
/// "3.4 Private Fostering", with why it exists and who oversees it. Optional: some plans go
/// straight from priority to actions.
/// </summary>
public sealed class ActionArea
{
    /// <summary>Gets its reference, such as "3.4".</summary>
    public required string Ref { get; init; }

    /// <summary>Gets its title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets its driver, such as "Ofsted Area for Improvement (Paragraph 154)", or <c>null</c>.</summary>
    public string? Driver { get; init; }

    /// <summary>Gets the points of the review action plan it is cross-referenced to.</summary>
    public IReadOnlyList<int> ReviewPlanPoints { get; init; } = [];

    /// <summary>Gets the sub-group that monitors it, as written, or <c>null</c>.</summary>
    public string? MonitoredBy { get; init; }

    /// <summary>Gets who has strategic oversight, as written, or <c>null</c>.</summary>
    public string? StrategicOversight { get; init; }

    /// <summary>Gets the impact expected once the action area is completed, or <c>null</c>.</summary>
    public string? ExpectedImpact { get; init; }

    /// <summary>Gets its actions.</summary>
    public IReadOnlyList<PlanAction> Actions { get; init; } = [];

    /// <summary>Returns the ref and title.</summary>
    /// <returns>Such as "3.4 Private Fostering".</returns>
    public override string ToString() => $"{Ref} {Title}";
}
