namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>A progress update as stored; its ratings are JSON that carries each rating's levels, as <c>RecordedRating</c> does.</summary>
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

    /// <summary>Gets or sets who reported it, or <c>null</c>.</summary>
    public string? ReportedBy { get; set; }
}
