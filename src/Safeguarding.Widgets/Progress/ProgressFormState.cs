using Safeguarding.Domain;

namespace Safeguarding.Widgets.Progress;

/// <summary>
/// What a person typed into the progress form and what came of it, carried across the
/// Post/Redirect/Get (in TempData, which the host's data protection encrypts) so that the form
/// shows the typed text again with its errors or the conflict. Never put in a URL or a log.
/// </summary>
public sealed record ProgressFormState
{
    /// <summary>Gets the as-at date as typed (yyyy-MM-dd from a date input).</summary>
    public string? AsAt { get; init; }

    /// <summary>Gets the statement as typed.</summary>
    public string? Statement { get; init; }

    /// <summary>Gets the ratings chosen, by dimension id.</summary>
    public Dictionary<string, string?> Ratings { get; init; } = [];

    /// <summary>Gets the additional work as typed.</summary>
    public string? AdditionalWork { get; init; }

    /// <summary>Gets the impact so far as typed.</summary>
    public string? ImpactSoFar { get; init; }

    /// <summary>Gets a value indicating whether "the action is complete" was ticked.</summary>
    public bool MarkedComplete { get; init; }

    /// <summary>Gets the completion date as typed.</summary>
    public string? CompletedOn { get; init; }

    /// <summary>Gets the milestones ticked as met (their due dates, yyyy-MM-dd).</summary>
    public List<string> MilestonesMet { get; init; } = [];

    /// <summary>Gets the update this corrects, as chosen ("" for a new update).</summary>
    public string? Corrects { get; init; }

    /// <summary>Gets the history version the form was opened at.</summary>
    public int ExpectedVersion { get; init; }

    /// <summary>Gets the errors by field, when the submission was invalid.</summary>
    public List<FieldError> Errors { get; init; } = [];

    /// <summary>Gets, for a conflict, the version the person had seen: updates after it were recorded by someone else.</summary>
    public int? ConflictSince { get; init; }

    /// <summary>Gets the sentence saying what happened (recorded, already recorded, a conflict), or <c>null</c>.</summary>
    public string? Message { get; init; }

    /// <summary>Gets a value indicating whether the update was stored (the form then starts afresh).</summary>
    public bool Stored { get; init; }
}
