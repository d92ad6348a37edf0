namespace Safeguarding.Widgets.ViewModels;

/// <summary>One action as a row of a table: what, who, when, how it is going.</summary>
public sealed record ActionRowViewModel
{
    /// <summary>Gets the action's ref.</summary>
    public required string Ref { get; init; }

    /// <summary>Gets the address of the host's page for the action (<see cref="SafeguardingWidgetsOptions.ActionPageTemplate"/>), or <c>null</c>.</summary>
    public string? Link { get; init; }

    /// <summary>Gets the action, or its desired outcome when it has no action text.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the action's steps (may be empty).</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>Gets the lead as the plan wrote it.</summary>
    public required string Lead { get; init; }

    /// <summary>Gets the timescale as the plan wrote it, or "None given".</summary>
    public required string Timescale { get; init; }

    /// <summary>Gets the due date in words ("31 October 2014"), or <c>null</c> when it has none.</summary>
    public string? DueDate { get; init; }

    /// <summary>Gets the latest progress statement, or <c>null</c>.</summary>
    public string? LatestProgress { get; init; }

    /// <summary>Gets the date of the latest progress update in words, or <c>null</c>.</summary>
    public string? LatestProgressDate { get; init; }

    /// <summary>Gets the derived rating as a badge.</summary>
    public required RagBadgeViewModel Rating { get; init; }

    /// <summary>Gets a value indicating whether the action is past its due date and not complete.</summary>
    public bool IsOverdue { get; init; }

    /// <summary>Gets a value indicating whether no progress was reported within the reporting cycle.</summary>
    public bool IsStale { get; init; }

    /// <summary>Gets the rating's reason in a few words, shown beside the rating; the whole explanation is a click away.</summary>
    public string Reason { get; init; } = string.Empty;

    /// <summary>Gets the contradiction between the rating recorded by hand and the rules, or <c>null</c>.</summary>
    public string? Contradiction { get; init; }
}
