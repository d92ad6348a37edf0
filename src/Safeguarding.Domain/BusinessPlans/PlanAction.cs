namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// An action in a business plan: what will be done, by whom, by when, how it is monitored, and
/// its progress history.
/// </summary>
public sealed class PlanAction
{
    private readonly List<ProgressUpdate> _progress = [];

    /// <summary>Gets the action's reference, unique within its plan, such as "3.4" or "1.1.2".</summary>
    public required string Ref { get; init; }

    /// <summary>Gets a value indicating whether the ref was assigned by whoever transcribed the plan rather than written in it.</summary>
    public bool RefAssigned { get; init; }

    /// <summary>Gets the action itself, or <c>null</c> when the plan gives only steps or nothing.</summary>
    public string? Action { get; init; }

    /// <summary>Gets the action's steps (bulleted in the plan), or an empty list.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>Gets the desired outcome, or <c>null</c>.</summary>
    public string? DesiredOutcome { get; init; }

    /// <summary>Gets who leads the action.</summary>
    public ActionLead Lead { get; init; } = ActionLead.None;

    /// <summary>Gets the timescale.</summary>
    public Timescale Timescale { get; init; } = Timescale.None;

    /// <summary>Gets the monitoring mechanism and frequency, or <c>null</c>.</summary>
    public string? Monitoring { get; init; }

    /// <summary>Gets the number of the priority the action belongs to.</summary>
    public required string PriorityNumber { get; init; }

    /// <summary>Gets the ref of the action area the action belongs to, or <c>null</c> in a plan with no action areas.</summary>
    public string? ActionAreaRef { get; init; }

    /// <summary>Gets the date by which the action is due (the last milestone of its timescale), or <c>null</c> when it has none.</summary>
    public LocalDate? DueDate => Timescale.DueDate;

    /// <summary>Gets the date of the first progress update that records the action as complete, or <c>null</c>.</summary>
    public LocalDate? CompletedOn => _progress.FirstOrDefault(update => update.RecordsCompletion)?.AsAt;

    /// <summary>Tells whether the action had been recorded as complete on or before a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns><c>true</c> when a progress update on or before the date records completion.</returns>
    public bool IsCompleteAsAt(LocalDate asAt) => CompletedOn is { } completed && completed <= asAt;

    /// <summary>Gets notes on how the action was transcribed (a value carried from a merged cell, a ref assigned), or an empty list.</summary>
    public IReadOnlyList<string> SourceNotes { get; init; } = [];

    /// <summary>Gets the progress history, oldest first.</summary>
    public IReadOnlyList<ProgressUpdate> Progress => _progress;

    /// <summary>Gets a one-line summary for lists: the action, or its steps joined, or the desired outcome.</summary>
    public string Summary =>
        Action ?? (Steps.Count > 0 ? string.Join("; ", Steps) : DesiredOutcome ?? string.Empty);

    /// <summary>Adds a progress update to the history.</summary>
    /// <param name="update">The update; its as-at date must not be earlier than the latest one's.</param>
    /// <exception cref="ArgumentException">The update is dated before the latest update already recorded.</exception>
    public void RecordProgress(ProgressUpdate update)
    {
        Preconditions.CheckNotNull(update);
        Preconditions.CheckArgument(_progress.Count == 0 || update.AsAt >= _progress[^1].AsAt, nameof(update),
            $"Expected a progress update for action {Ref} dated on or after the latest one ({_progress.LastOrDefault()?.AsAt:uuuu-MM-dd}), but it is dated {update.AsAt:uuuu-MM-dd}.");
        _progress.Add(update);
    }

    /// <summary>Gets the latest progress update reported on or before a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The update, or <c>null</c> when none had been reported by then.</returns>
    public ProgressUpdate? LatestProgress(LocalDate asAt) => _progress.LastOrDefault(update => update.AsAt <= asAt);

    /// <summary>Returns the ref and summary.</summary>
    /// <returns>Such as "3.4 Develop and implement system…".</returns>
    public override string ToString() => $"{Ref} {Summary}";
}
