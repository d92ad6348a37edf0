namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// The business unit's review of one progress update, as stored: one row per review, only ever
/// inserted. A later review of the same update supersedes an earlier one.
/// </summary>
/// <remarks>(<see cref="PlanActionId"/>, <see cref="Sequence"/>) is unique, so two reviews recorded at once take different places.</remarks>
public sealed class ProgressReviewRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the identifier of the action whose update was reviewed.</summary>
    public int PlanActionId { get; set; }

    /// <summary>Gets or sets its place among the action's reviews, from 0 (oldest first).</summary>
    public int Sequence { get; set; }

    /// <summary>Gets or sets the number (from 1) of the update reviewed.</summary>
    public int UpdateNumber { get; set; }

    /// <summary>Gets or sets the decision (the <c>ReviewOutcome</c> name: "Accepted" or "Returned").</summary>
    public string Outcome { get; set; } = string.Empty;

    /// <summary>Gets or sets the comment, or <c>null</c>.</summary>
    public string? Comment { get; set; }

    /// <summary>Gets or sets the stable user id of the reviewer.</summary>
    public string ReviewedByUserId { get; set; } = string.Empty;

    /// <summary>Gets or sets the reviewer's display name.</summary>
    public string ReviewedByDisplayName { get; set; } = string.Empty;

    /// <summary>Gets or sets the agency the reviewer acted for, or <c>null</c> (the business unit).</summary>
    public string? ReviewedByAgency { get; set; }

    /// <summary>Gets or sets the reviewer's role (the <c>BoardRole</c> name).</summary>
    public string ReviewedByRole { get; set; } = string.Empty;

    /// <summary>Gets or sets when the review was recorded (stored as Unix ticks).</summary>
    public Instant ReviewedAt { get; set; }
}
