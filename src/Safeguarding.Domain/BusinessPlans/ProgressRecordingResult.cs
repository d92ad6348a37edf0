namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// The outcome of submitting a progress update (or a review of one): recorded, already recorded,
/// a conflict saying what the other person recorded and when, the errors by field, or not found.
/// A conflict or an error is an answer, never an exception, so a form can show it.
/// </summary>
public sealed record ProgressRecordingResult
{
    private ProgressRecordingResult(ProgressRecordingStatus status)
    {
        Status = status;
    }

    /// <summary>Gets what happened.</summary>
    public ProgressRecordingStatus Status { get; }

    /// <summary>Gets a value indicating whether the update is stored: recorded now, or already recorded by the same submission.</summary>
    public bool IsStored => Status is ProgressRecordingStatus.Recorded or ProgressRecordingStatus.AlreadyRecorded;

    /// <summary>Gets the update as stored, when <see cref="IsStored"/>.</summary>
    public ProgressUpdate? Update { get; private init; }

    /// <summary>Gets the review as stored, when a review was recorded.</summary>
    public ProgressReview? Review { get; private init; }

    /// <summary>Gets, for a conflict, what others recorded on the action since the version the submitter saw, oldest first.</summary>
    public IReadOnlyList<ProgressUpdate> RecordedSince { get; private init; } = [];

    /// <summary>Gets, for an invalid submission, what is wrong with each field.</summary>
    public IReadOnlyList<FieldError> Errors { get; private init; } = [];

    /// <summary>Gets the action's history version after the call: the version to submit against next.</summary>
    public int Version { get; private init; }

    /// <summary>Gets a sentence saying what happened, for a person (no statement text, so it is safe to log).</summary>
    public string Message { get; private init; } = string.Empty;

    /// <summary>An update was recorded.</summary>
    /// <param name="update">The update as stored.</param>
    /// <returns>The result.</returns>
    public static ProgressRecordingResult Recorded(ProgressUpdate update) => new(ProgressRecordingStatus.Recorded)
    {
        Update = Preconditions.CheckNotNull(update),
        Version = update.Number,
        Message = $"Recorded update {update.Number}.",
    };

    /// <summary>A review was recorded.</summary>
    /// <param name="review">The review as stored.</param>
    /// <param name="version">The action's history version.</param>
    /// <returns>The result.</returns>
    public static ProgressRecordingResult Reviewed(ProgressReview review, int version) => new(ProgressRecordingStatus.Recorded)
    {
        Review = Preconditions.CheckNotNull(review),
        Version = version,
        Message = review.Outcome == ReviewOutcome.Accepted ? $"Update {review.UpdateNumber} was accepted." : $"Update {review.UpdateNumber} was returned.",
    };

    /// <summary>The same submission had been recorded already.</summary>
    /// <param name="update">The update stored the first time.</param>
    /// <param name="version">The action's history version.</param>
    /// <returns>The result.</returns>
    public static ProgressRecordingResult AlreadyRecorded(ProgressUpdate update, int version) => new(ProgressRecordingStatus.AlreadyRecorded)
    {
        Update = Preconditions.CheckNotNull(update),
        Version = version,
        Message = $"This update had already been recorded, as update {update.Number}; it was not stored again.",
    };

    /// <summary>Someone else recorded first.</summary>
    /// <param name="recordedSince">What they recorded since the version the submitter saw: at least one update.</param>
    /// <param name="version">The action's history version now.</param>
    /// <returns>The result.</returns>
    public static ProgressRecordingResult Conflict(IReadOnlyList<ProgressUpdate> recordedSince, int version)
    {
        Preconditions.CheckNotNull(recordedSince);
        var latest = recordedSince.Count > 0 ? recordedSince[^1] : null;
        var who = latest?.RecordedBy is { } author ? author.ToString() : "someone else";
        var when = latest?.RecordedAt is { } at ? $" at {at.InUtc():uuuu-MM-dd HH:mm} UTC" : string.Empty;
        return new(ProgressRecordingStatus.Conflict)
        {
            RecordedSince = recordedSince,
            Version = version,
            Message = $"{who} recorded progress on this action{when}, after you opened it, so your update was not stored. Read theirs, then submit yours again if it still applies.",
        };
    }

    /// <summary>A field was wrong.</summary>
    /// <param name="errors">The errors: at least one.</param>
    /// <param name="version">The action's history version.</param>
    /// <returns>The result.</returns>
    public static ProgressRecordingResult Invalid(IReadOnlyList<FieldError> errors, int version)
    {
        Preconditions.CheckNotNull(errors);
        Preconditions.CheckArgument(errors.Count > 0, nameof(errors), "Expected at least one error for an invalid submission.");
        return new(ProgressRecordingStatus.Invalid)
        {
            Errors = errors,
            Version = version,
            Message = $"The update was not stored: {errors.Count} field{(errors.Count == 1 ? " needs" : "s need")} correcting ({string.Join(", ", errors.Select(error => error.Field).Distinct(StringComparer.Ordinal))}).",
        };
    }

    /// <summary>There is no such plan, action or update.</summary>
    /// <param name="message">What was not found, and what there is.</param>
    /// <returns>The result.</returns>
    public static ProgressRecordingResult NotFound(string message) => new(ProgressRecordingStatus.NotFound)
    {
        Message = Preconditions.CheckNotBlank(message),
    };
}
