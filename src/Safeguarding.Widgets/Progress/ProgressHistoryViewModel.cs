using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Progress;

/// <summary>An action's progress timeline, newest first.</summary>
public sealed record ProgressHistoryViewModel
{
    /// <summary>Gets the plan's key.</summary>
    public required string PlanKey { get; init; }

    /// <summary>Gets the action's ref.</summary>
    public required string ActionRef { get; init; }

    /// <summary>Gets the HTML id of the widget, which a review's redirect returns to.</summary>
    public string Anchor => HtmlIds.ProgressHistory(ActionRef);

    /// <summary>Gets the heading level (2 by default).</summary>
    public int HeadingLevel { get; init; } = 2;

    /// <summary>Gets the entries, newest first.</summary>
    public required IReadOnlyList<ProgressEntryViewModel> Entries { get; init; }

    /// <summary>Gets where a review posts.</summary>
    public required string ReviewAction { get; init; }

    /// <summary>Gets where to come back to after a review.</summary>
    public required string ReturnUrl { get; init; }

    /// <summary>Gets the sentence saying what the last review did, or its errors, or <c>null</c>.</summary>
    public string? Message { get; init; }
}
