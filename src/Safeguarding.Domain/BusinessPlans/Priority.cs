namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// A plan's top level. Boards call it a development area, theme, priority or work stream; the
/// plan's <see cref="BusinessPlan.PriorityTerm"/> says which.
/// </summary>
public sealed class Priority
{
    /// <summary>Gets its number, such as "3".</summary>
    public required string Number { get; init; }

    /// <summary>Gets its title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the longer-term development priorities under it.</summary>
    public IReadOnlyList<DevelopmentPriority> DevelopmentPriorities { get; init; } = [];

    /// <summary>Gets its action areas (empty in a plan with no action areas).</summary>
    public IReadOnlyList<ActionArea> ActionAreas { get; init; } = [];

    /// <summary>Gets the actions directly under it, in a plan with no action areas.</summary>
    public IReadOnlyList<PlanAction> DirectActions { get; init; } = [];

    /// <summary>Gets every action under it, through its action areas or directly, in plan order.</summary>
    public IEnumerable<PlanAction> Actions => ActionAreas.SelectMany(area => area.Actions).Concat(DirectActions);

    /// <summary>Returns the number and title.</summary>
    /// <returns>Such as "3 Tackling evidenced safeguarding issues in Herefordshire.".</returns>
    public override string ToString() => $"{Number} {Title}";
}
