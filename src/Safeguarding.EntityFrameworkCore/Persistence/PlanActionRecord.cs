namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// An action as stored, with queryable columns for what lists filter and sort on: the plan's key,
/// the ref, the lead agency, the due date and the date it was recorded complete. Specifications
/// over this type (such as <see cref="Specifications.OverdueActionRecordsSpec"/>) run in SQL.
/// </summary>
public sealed class PlanActionRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the identifier of the plan it belongs to.</summary>
    public int BusinessPlanId { get; set; }

    /// <summary>Gets or sets the key of the plan it belongs to (repeated here so action queries need no join).</summary>
    public string PlanKey { get; set; } = string.Empty;

    /// <summary>Gets or sets its place in the plan, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets its ref, unique in the plan, such as "3.4" or "1.1.2".</summary>
    public string Ref { get; set; } = string.Empty;

    /// <summary>Gets or sets a value indicating whether the ref was assigned by the transcriber.</summary>
    public bool RefAssigned { get; set; }

    /// <summary>Gets or sets the number of the priority it belongs to.</summary>
    public string PriorityNumber { get; set; } = string.Empty;

    /// <summary>Gets or sets the ref of the action area it belongs to, or <c>null</c> when it is directly under its priority.</summary>
    public string? ActionAreaRef { get; set; }

    /// <summary>Gets or sets the action itself, or <c>null</c>.</summary>
    public string? ActionText { get; set; }

    /// <summary>Gets or sets its steps as JSON.</summary>
    public string StepsJson { get; set; } = "[]";

    /// <summary>Gets or sets the desired outcome, or <c>null</c>.</summary>
    public string? DesiredOutcome { get; set; }

    /// <summary>Gets or sets the lead cell as written.</summary>
    public string LeadText { get; set; } = string.Empty;

    /// <summary>Gets or sets the lead agency's name as the board knows it, or <c>null</c>.</summary>
    public string? LeadAgencyName { get; set; }

    /// <summary>Gets or sets the lead officer or role, or <c>null</c>.</summary>
    public string? LeadOfficer { get; set; }

    /// <summary>Gets or sets the timescale exactly as the plan wrote it; the domain reads it again on loading.</summary>
    public string TimescaleText { get; set; } = string.Empty;

    /// <summary>Gets or sets the due date read from the timescale (its last milestone), or <c>null</c>.</summary>
    public LocalDate? DueDate { get; set; }

    /// <summary>
    /// Gets or sets the date the action was completed: the earliest completion date among the
    /// updates that stand (a corrected update no longer counts), or <c>null</c>. The repository
    /// keeps it equal to the domain's <c>PlanAction.CompletedOn</c> whenever it appends an update.
    /// </summary>
    public LocalDate? CompletedOn { get; set; }

    /// <summary>Gets or sets the monitoring mechanism and frequency, or <c>null</c>.</summary>
    public string? Monitoring { get; set; }

    /// <summary>Gets or sets the transcription notes as JSON.</summary>
    public string SourceNotesJson { get; set; } = "[]";

    /// <summary>Gets the progress history (ordered by <see cref="ProgressUpdateRecord.Sequence"/>).</summary>
    public List<ProgressUpdateRecord> Progress { get; } = [];

    /// <summary>Gets the business unit's reviews of its updates (ordered by <see cref="ProgressReviewRecord.Sequence"/>).</summary>
    public List<ProgressReviewRecord> Reviews { get; } = [];
}
