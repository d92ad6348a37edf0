namespace Safeguarding.Widgets.Progress;

/// <summary>Progress returns due this cycle and overdue, for an agency or for every agency with escalations.</summary>
public sealed record UpdatesDueViewModel
{
    /// <summary>Gets the heading level (2 by default).</summary>
    public int HeadingLevel { get; init; } = 2;

    /// <summary>Gets the heading, such as "Progress returns due: Herefordshire Council".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the reporting cycle in words, such as "1 October 2026 to 31 December 2026".</summary>
    public required string Cycle { get; init; }

    /// <summary>Gets the as-at date in words.</summary>
    public required string AsAt { get; init; }

    /// <summary>Gets a sentence when there is nothing to show for a reason the reader must know (no such agency, not allowed), or <c>null</c>.</summary>
    public string? Notice { get; init; }

    /// <summary>Gets the returns overdue.</summary>
    public required IReadOnlyList<UpdateDueRowViewModel> Overdue { get; init; }

    /// <summary>Gets the returns due this cycle.</summary>
    public required IReadOnlyList<UpdateDueRowViewModel> DueThisCycle { get; init; }

    /// <summary>Gets the escalations (business unit only): overdue by more than the threshold.</summary>
    public IReadOnlyList<UpdateDueRowViewModel> Escalations { get; init; } = [];

    /// <summary>Gets a value indicating whether escalations are shown (the business unit's view).</summary>
    public bool ShowsEscalations { get; init; }

    /// <summary>Gets the escalation threshold in words, such as "more than 14 days overdue".</summary>
    public required string EscalationThreshold { get; init; }
}

/// <summary>One return due.</summary>
/// <param name="Ref">The action's ref.</param>
/// <param name="Summary">The action's summary.</param>
/// <param name="LeadAgency">The lead agency.</param>
/// <param name="DueBy">The date the return is due by, in words.</param>
/// <param name="LastReported">The latest update's as-at date in words, or "No update yet".</param>
/// <param name="Status">"Due by …" or "N days overdue".</param>
/// <param name="Link">Where to record it (the host's action page), or <c>null</c>.</param>
public sealed record UpdateDueRowViewModel(string Ref, string Summary, string LeadAgency, string DueBy, string LastReported, string Status, string? Link);
