namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// A revised version of a plan compared with the plan as stored: which actions the revision adds,
/// removes and changes (matched by ref), and the plan to store, which keeps every action's recorded
/// progress and reviews. Dropping an action that has recorded progress is refused unless asked for.
/// </summary>
public sealed class PlanRevision
{
    private PlanRevision(BusinessPlan revised, IReadOnlyList<string> added, IReadOnlyList<string> removed,
        IReadOnlyList<ActionChange> changed, IReadOnlyList<string> refused)
    {
        Plan = revised;
        Added = added;
        Removed = removed;
        Changed = changed;
        Refused = refused;
    }

    /// <summary>Gets the plan to store: the revision's structure and text, with the stored history of every action it keeps.</summary>
    public BusinessPlan Plan { get; }

    /// <summary>Gets the refs of the actions the revision adds.</summary>
    public IReadOnlyList<string> Added { get; }

    /// <summary>Gets the refs of the actions the revision removes.</summary>
    public IReadOnlyList<string> Removed { get; }

    /// <summary>Gets the actions whose text, lead, timescale or place in the plan the revision changes, with what changed.</summary>
    public IReadOnlyList<ActionChange> Changed { get; }

    /// <summary>Gets the refs of removed actions that have recorded progress, when dropping them was not allowed: the revision must not be stored.</summary>
    public IReadOnlyList<string> Refused { get; }

    /// <summary>Gets a value indicating whether the revision may be stored (it drops no action with recorded progress unless allowed).</summary>
    public bool CanBeStored => Refused.Count == 0;

    /// <summary>Gets the changes in words, one line each, for a person to confirm.</summary>
    public IReadOnlyList<string> Summary =>
    [
        .. Added.Select(actionRef => $"Adds action {actionRef}."),
        .. Removed.Select(actionRef => Refused.Contains(actionRef)
            ? $"Would remove action {actionRef}, which has recorded progress: refused unless you choose to drop it."
            : $"Removes action {actionRef}."),
        .. Changed.Select(change => $"Changes action {change.Ref}: {string.Join(", ", change.Fields)}."),
    ];

    /// <summary>Compares a revised plan with the stored one.</summary>
    /// <param name="stored">The plan as stored, with its history.</param>
    /// <param name="revised">The revised plan, such as a plan file imported again; its key must be the stored plan's.</param>
    /// <param name="dropActionsWithProgress">Whether removing an action that has recorded progress is allowed. The default is <c>false</c>.</param>
    /// <returns>The revision.</returns>
    /// <exception cref="ArgumentException">The two plans have different keys.</exception>
    public static PlanRevision Compare(BusinessPlan stored, BusinessPlan revised, bool dropActionsWithProgress = false)
    {
        Preconditions.CheckNotNull(stored);
        Preconditions.CheckNotNull(revised);
        Preconditions.CheckArgument(string.Equals(stored.Key, revised.Key, StringComparison.Ordinal), nameof(revised),
            $"Expected a revision of plan \"{stored.Key}\", but the revised plan's key is \"{revised.Key}\".");
        var storedActions = stored.Actions.ToDictionary(action => action.Ref, StringComparer.Ordinal);
        var revisedRefs = revised.Actions.Select(action => action.Ref).ToHashSet(StringComparer.Ordinal);
        var added = revised.Actions.Where(action => !storedActions.ContainsKey(action.Ref)).Select(action => action.Ref).ToList();
        var removed = stored.Actions.Where(action => !revisedRefs.Contains(action.Ref)).Select(action => action.Ref).ToList();
        var refused = dropActionsWithProgress ? [] : removed.Where(actionRef => storedActions[actionRef].Progress.Any(update => update.RecordedAt is not null)).ToList();
        var changed = revised.Actions
            .Where(action => storedActions.ContainsKey(action.Ref))
            .Select(action => new ActionChange(action.Ref, Differences(storedActions[action.Ref], action)))
            .Where(change => change.Fields.Count > 0)
            .ToList();
        var plan = revised.WithActions(action => storedActions.TryGetValue(action.Ref, out var kept) ? WithHistoryOf(action, kept) : action);
        return new PlanRevision(plan, added, removed, changed, refused);
    }

    private static List<string> Differences(PlanAction stored, PlanAction revised)
    {
        var fields = new List<string>();
        void Compare(string field, object? before, object? after)
        {
            if (!Equals(before, after))
            {
                fields.Add(field);
            }
        }
        Compare("action", stored.Action, revised.Action);
        Compare("steps", string.Join("\n", stored.Steps), string.Join("\n", revised.Steps));
        Compare("desired outcome", stored.DesiredOutcome, revised.DesiredOutcome);
        Compare("lead", stored.Lead, revised.Lead);
        Compare("timescale", stored.Timescale.Text, revised.Timescale.Text);
        Compare("monitoring", stored.Monitoring, revised.Monitoring);
        Compare("priority", stored.PriorityNumber, revised.PriorityNumber);
        Compare("action area", stored.ActionAreaRef, revised.ActionAreaRef);
        return fields;
    }

    // The revision's text and place, with the history as stored: recorded progress is never lost to a revised file.
    private static PlanAction WithHistoryOf(PlanAction revised, PlanAction stored)
    {
        var action = revised.WithoutHistory();
        foreach (var update in stored.Progress)
        {
            action.RecordProgress(update);
        }
        foreach (var review in stored.Reviews)
        {
            action.RecordReview(review);
        }
        return action;
    }
}

/// <summary>What a revision changes in one action.</summary>
/// <param name="Ref">The action's ref.</param>
/// <param name="Fields">The fields changed, in words: "action", "lead", "timescale"….</param>
public sealed record ActionChange(string Ref, IReadOnlyList<string> Fields);
