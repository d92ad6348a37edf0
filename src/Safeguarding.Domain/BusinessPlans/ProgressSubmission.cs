namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// A progress update as someone submitted it, before it is checked: what a form or an API client
/// sends, with who is recording it and when. <see cref="PlanAction.Record"/> checks it, and it
/// becomes a <see cref="ProgressUpdate"/> only when every field is right and nobody else has
/// recorded on the action since the submitter read its history.
/// </summary>
public sealed record ProgressSubmission
{
    /// <summary>Gets the ref of the action the update is for.</summary>
    public required string ActionRef { get; init; }

    /// <summary>
    /// Gets the version of the action's history the submitter saw (<see cref="PlanAction.Version"/>:
    /// the number of updates then recorded). If anyone has recorded since, the submission is a conflict.
    /// </summary>
    public required int ExpectedVersion { get; init; }

    /// <summary>
    /// Gets a key unique to this submission (a form sends one), so that submitting it twice stores one
    /// update; or <c>null</c>. Only the same submission again is answered "already recorded"; a different
    /// update under a used key is a conflict or an error on this field, never dropped.
    /// </summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the date the update reports as at, or <c>null</c> when none was given (an error).</summary>
    public LocalDate? AsAt { get; init; }

    /// <summary>Gets the progress statement as typed.</summary>
    public string? Statement { get; init; }

    /// <summary>Gets the ratings as typed or chosen: the code of a level of the plan's scheme, by dimension id. A dimension left out or blank is not rated.</summary>
    public IReadOnlyDictionary<string, string?> Ratings { get; init; } = new Dictionary<string, string?>();

    /// <summary>Gets the additional work proposed, or <c>null</c>.</summary>
    public string? AdditionalWork { get; init; }

    /// <summary>Gets the impact so far, or <c>null</c>.</summary>
    public string? ImpactSoFar { get; init; }

    /// <summary>Gets a value indicating whether the submitter says the action is complete.</summary>
    public bool MarkedComplete { get; init; }

    /// <summary>Gets the date the action was completed: required when the update records completion.</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>Gets the due dates of the milestones the submitter records as met.</summary>
    public IReadOnlyList<LocalDate> MilestonesMet { get; init; } = [];

    /// <summary>Gets the number of the earlier update this corrects, or <c>null</c> for a new update.</summary>
    public int? Corrects { get; init; }

    /// <summary>Gets who is recording it.</summary>
    public required UpdateAuthor RecordedBy { get; init; }

    /// <summary>Gets when it is being recorded.</summary>
    public required Instant RecordedAt { get; init; }

    /// <summary>Gets today's date where the board is (Europe/London for an English board): an as-at date after it is refused.</summary>
    public required LocalDate Today { get; init; }
}
