using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Rag;

/// <summary>A whole plan assessed as at a date: every action's rating, rolled up to action area, priority and plan.</summary>
public sealed class PlanAssessment
{
    internal PlanAssessment(BusinessPlan plan, LocalDate asAt, IReadOnlyList<RagAssessment> actions)
    {
        Plan = plan;
        AsAt = asAt;
        Actions = actions;
        var byRef = actions.ToDictionary(assessment => assessment.Action.Ref, StringComparer.Ordinal);
        ActionAreas = plan.ActionAreas.ToDictionary(
            area => area.Ref,
            area => new RagRollUp(area.Actions.Select(action => byRef[action.Ref])),
            StringComparer.Ordinal);
        Priorities = plan.Priorities.ToDictionary(
            priority => priority.Number,
            priority => new RagRollUp(priority.Actions.Select(action => byRef[action.Ref])),
            StringComparer.Ordinal);
        Overall = new RagRollUp(actions);
    }

    /// <summary>Gets the plan assessed.</summary>
    public BusinessPlan Plan { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets each action's assessment, in plan order.</summary>
    public IReadOnlyList<RagAssessment> Actions { get; }

    /// <summary>Gets the roll-up of each action area, by its ref.</summary>
    public IReadOnlyDictionary<string, RagRollUp> ActionAreas { get; }

    /// <summary>Gets the roll-up of each priority, by its number.</summary>
    public IReadOnlyDictionary<string, RagRollUp> Priorities { get; }

    /// <summary>Gets the roll-up of the whole plan.</summary>
    public RagRollUp Overall { get; }

    /// <summary>Gets the assessment of one action.</summary>
    /// <param name="actionRef">The action's ref.</param>
    /// <returns>The assessment.</returns>
    /// <exception cref="KeyNotFoundException">The plan has no action with that ref.</exception>
    public RagAssessment For(string actionRef) =>
        Actions.FirstOrDefault(assessment => assessment.Action.Ref == actionRef)
        ?? throw new KeyNotFoundException($"Expected an action with ref \"{actionRef}\" in \"{Plan.Title}\", but there is none.");
}
