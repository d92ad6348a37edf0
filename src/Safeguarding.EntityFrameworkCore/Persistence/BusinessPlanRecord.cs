namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// A business plan as stored: its own fields as columns, the board, RAG scheme and short lists as
/// JSON text, and its priorities, action areas and actions as rows of their own.
/// </summary>
/// <remarks>Map it to and from the domain's <c>BusinessPlan</c> with the repository; do not edit its JSON columns by hand.</remarks>
public sealed class BusinessPlanRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the plan's key, unique in the store, such as "hscb-business-plan-2014-15".</summary>
    public string Key { get; set; } = string.Empty;

    /// <summary>Gets or sets the plan's title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets the plan's version, or <c>null</c>.</summary>
    public string? Version { get; set; }

    /// <summary>Gets or sets the first day of the period the plan covers.</summary>
    public LocalDate PeriodStart { get; set; }

    /// <summary>Gets or sets the last day of the period the plan covers.</summary>
    public LocalDate PeriodEnd { get; set; }

    /// <summary>Gets or sets what the board calls its priorities.</summary>
    public string PriorityTerm { get; set; } = "Priority";

    /// <summary>Gets or sets how often progress is expected, in days.</summary>
    public int ReportingCycleDays { get; set; }

    /// <summary>Gets or sets a value indicating whether the business unit must accept an update before it counts in board reports.</summary>
    public bool RequiresAcceptance { get; set; }

    /// <summary>Gets or sets the document or file the plan was read from, or <c>null</c>.</summary>
    public string? Source { get; set; }

    /// <summary>Gets or sets when the business unit archived the plan, or <c>null</c> while it is current.</summary>
    public Instant? ArchivedAt { get; set; }

    /// <summary>
    /// Gets or sets how many revisions have been stored over the plan (0 as first added). A
    /// concurrency token: storing a revision made from an older one is refused, not overwritten.
    /// </summary>
    public int Revision { get; set; }

    /// <summary>Gets or sets the board's name (a column of its own, so plans can be listed without reading the board).</summary>
    public string BoardName { get; set; } = string.Empty;

    /// <summary>Gets or sets the board, its agencies and sub-groups, as JSON.</summary>
    public string BoardJson { get; set; } = "{}";

    /// <summary>Gets or sets the RAG scheme, with every dimension and level, as JSON.</summary>
    public string RagSchemeJson { get; set; } = "{}";

    /// <summary>Gets or sets the source references as JSON.</summary>
    public string SourceReferencesJson { get; set; } = "[]";

    /// <summary>Gets or sets the aims as JSON.</summary>
    public string AimsJson { get; set; } = "[]";

    /// <summary>Gets or sets the outcome measures as JSON.</summary>
    public string OutcomeMeasuresJson { get; set; } = "[]";

    /// <summary>Gets the priorities (ordered by <see cref="PriorityRecord.Position"/>).</summary>
    public List<PriorityRecord> Priorities { get; } = [];

    /// <summary>Gets the action areas of every priority (ordered by <see cref="ActionAreaRecord.Position"/>).</summary>
    public List<ActionAreaRecord> ActionAreas { get; } = [];

    /// <summary>Gets every action of the plan (ordered by <see cref="PlanActionRecord.Position"/>).</summary>
    public List<PlanActionRecord> Actions { get; } = [];
}
