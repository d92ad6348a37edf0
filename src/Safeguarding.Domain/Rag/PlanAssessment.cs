using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Rag;

/// <summary>A whole plan assessed as at a date: every action's rating, rolled up to action area, priority and plan.</summary>
/// <remarks>
/// The roll-ups are counted in one pass over the plan's rating index (<see cref="BusinessPlan"/>
/// keeps it, made again after any progress is recorded); <see cref="Actions"/> is made when it is
/// first read, from the versions of the histories that index was made from, so it agrees with the
/// roll-ups even if progress is recorded in between.
/// </remarks>
public sealed class PlanAssessment
{
    private readonly RagRuleSettings _settings;
    private readonly int _asAtDay;
    private readonly PlanRatingIndex _index;
    private IReadOnlyList<RagAssessment>? _actions;

    internal PlanAssessment(BusinessPlan plan, LocalDate asAt, in RagRuleSettings settings)
    {
        Plan = plan;
        AsAt = asAt;
        _settings = settings;
        _asAtDay = DayNumbers.Of(asAt);
        _index = plan.RatingIndex();

        var position = 0;
        var overall = new RagTally();
        var areas = new Dictionary<string, RagRollUp>(StringComparer.Ordinal);
        var priorities = new Dictionary<string, RagRollUp>(StringComparer.Ordinal);
        foreach (var priority in plan.Priorities)
        {
            var priorityTally = new RagTally();
            foreach (var area in priority.ActionAreas)
            {
                var areaTally = Tally(area.Actions.Count, ref position);
                areas.Add(area.Ref, new RagRollUp(areaTally));
                priorityTally.Add(areaTally);
            }
            priorityTally.Add(Tally(priority.DirectActions.Count, ref position));
            priorities.Add(priority.Number, new RagRollUp(priorityTally));
            overall.Add(priorityTally);
        }
        ActionAreas = areas;
        Priorities = priorities;
        Overall = new RagRollUp(overall);
    }

    /// <summary>Gets the plan assessed.</summary>
    public BusinessPlan Plan { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets each action's assessment, in plan order.</summary>
    public IReadOnlyList<RagAssessment> Actions => _actions ??= AssessEach();

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
    public RagAssessment For(string actionRef)
    {
        foreach (var assessment in Actions)
        {
            if (assessment.Action.Ref == actionRef)
            {
                return assessment;
            }
        }
        throw new KeyNotFoundException($"Expected an action with ref \"{actionRef}\" in \"{Plan.Title}\", but there is none.");
    }

    private RagTally Tally(int count, ref int position)
    {
        var tally = _index.Tally(position, count, AsAt, _asAtDay, _settings);
        position += count;
        return tally;
    }

    private RagAssessment[] AssessEach()
    {
        var actions = _index.Actions;
        var assessments = new RagAssessment[actions.Length];
        for (var i = 0; i < actions.Length; i++)
        {
            assessments[i] = RagRules.Assess(actions[i], _index.Histories[i], AsAt, _asAtDay, _settings);
        }
        return assessments;
    }
}
