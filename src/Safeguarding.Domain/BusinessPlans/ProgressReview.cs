namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// The business unit's review of one progress update, kept in the action's history: accepted, or
/// returned with a comment. Append-only like the updates: a later review of the same update
/// supersedes an earlier one, and neither is edited or deleted.
/// </summary>
public sealed record ProgressReview
{
    /// <summary>Gets the number of the update reviewed (<see cref="ProgressUpdate.Number"/>).</summary>
    public required int UpdateNumber { get; init; }

    /// <summary>Gets the decision.</summary>
    public required ReviewOutcome Outcome { get; init; }

    /// <summary>Gets the comment: required when the update is returned, optional when accepted.</summary>
    public string? Comment { get; init; }

    /// <summary>Gets who reviewed it.</summary>
    public required UpdateAuthor ReviewedBy { get; init; }

    /// <summary>Gets when the review was recorded.</summary>
    public required Instant ReviewedAt { get; init; }
}
