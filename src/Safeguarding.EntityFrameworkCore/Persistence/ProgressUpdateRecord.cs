namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// A progress update as stored, one row per entry of an action's append-only history; its ratings
/// and milestones are JSON (each rating carries its levels, as <c>RecordedRating</c> does). Rows are
/// only ever inserted: a correction is a new row naming the one it corrects.
/// </summary>
/// <remarks>
/// (<see cref="PlanActionId"/>, <see cref="Sequence"/>) is unique, so two writers cannot both append
/// the same place in a history; (<see cref="PlanActionId"/>, <see cref="IdempotencyKey"/>) is unique,
/// so a double submit cannot store two rows. Many rows may have no key (SQLite and PostgreSQL let a
/// unique index hold many <c>NULL</c>s).
/// </remarks>
public sealed class ProgressUpdateRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the identifier of the action it belongs to.</summary>
    public int PlanActionId { get; set; }

    /// <summary>Gets or sets its place in the action's history, from 0 (oldest first).</summary>
    public int Sequence { get; set; }

    /// <summary>Gets or sets the date it reports as at.</summary>
    public LocalDate AsAt { get; set; }

    /// <summary>Gets or sets the progress statement, or <c>null</c>.</summary>
    public string? Statement { get; set; }

    /// <summary>Gets or sets the ratings recorded by hand as JSON.</summary>
    public string RatingsJson { get; set; } = "[]";

    /// <summary>Gets or sets a value indicating whether the update says explicitly that the action is complete.</summary>
    public bool MarkedComplete { get; set; }

    /// <summary>Gets or sets the additional work proposed, or <c>null</c>.</summary>
    public string? AdditionalWork { get; set; }

    /// <summary>Gets or sets the impact so far, or <c>null</c>.</summary>
    public string? ImpactSoFar { get; set; }

    /// <summary>Gets or sets who reported it as an imported plan names them, or <c>null</c>.</summary>
    public string? ReportedBy { get; set; }

    /// <summary>Gets or sets the date the action was completed, when given; <c>null</c> means the as-at date (or no completion).</summary>
    public LocalDate? CompletedOn { get; set; }

    /// <summary>Gets or sets the due dates of the milestones recorded as met, as JSON (ISO dates).</summary>
    public string MilestonesMetJson { get; set; } = "[]";

    /// <summary>Gets or sets the stable user id of who recorded it, or <c>null</c> for an update imported with the plan.</summary>
    public string? RecordedByUserId { get; set; }

    /// <summary>Gets or sets the display name of who recorded it, or <c>null</c>.</summary>
    public string? RecordedByDisplayName { get; set; }

    /// <summary>Gets or sets the agency they recorded for, or <c>null</c>.</summary>
    public string? RecordedByAgency { get; set; }

    /// <summary>Gets or sets their role when they recorded it (the <c>BoardRole</c> name), or <c>null</c>.</summary>
    public string? RecordedByRole { get; set; }

    /// <summary>Gets or sets when it was recorded (stored as Unix ticks), or <c>null</c> for an update imported with the plan.</summary>
    public Instant? RecordedAt { get; set; }

    /// <summary>Gets or sets the number (from 1) of the earlier update this one corrects, or <c>null</c>.</summary>
    public int? Corrects { get; set; }

    /// <summary>Gets or sets the key the submitting form sent, unique within the action, or <c>null</c>.</summary>
    public string? IdempotencyKey { get; set; }
}
