namespace Safeguarding.Widgets.ViewModels;

/// <summary>Counts per RAG rating for each priority, drawn as stacked bars in SVG and said in words.</summary>
public sealed record RagSummaryViewModel
{
    /// <summary>Gets the plan's title.</summary>
    public required string PlanTitle { get; init; }

    /// <summary>Gets the as-at date in words.</summary>
    public required string AsAt { get; init; }

    /// <summary>Gets the plan's overall rating.</summary>
    public required RagBadgeViewModel Overall { get; init; }

    /// <summary>Gets the sentence for the plan as a whole.</summary>
    public required string OverallExplanation { get; init; }

    /// <summary>Gets one row per priority.</summary>
    public required IReadOnlyList<RagSummaryRowViewModel> Rows { get; init; }

    /// <summary>Gets the legend: each rating with its shape.</summary>
    public required IReadOnlyList<RagBadgeViewModel> Legend { get; init; }
}

/// <summary>One priority's bar.</summary>
public sealed record RagSummaryRowViewModel
{
    /// <summary>Gets the priority's label, such as "Development area 1".</summary>
    public required string Label { get; init; }

    /// <summary>Gets the priority's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets the counts in words, such as "3 red, 2 amber, 9 not rated (14 actions)".</summary>
    public required string CountsInWords { get; init; }

    /// <summary>Gets the priority's rolled-up rating.</summary>
    public required RagBadgeViewModel Rating { get; init; }

    /// <summary>Gets the bar's segments, worst first.</summary>
    public required IReadOnlyList<RagSegmentViewModel> Segments { get; init; }
}

/// <summary>One segment of a bar: the actions with one rating.</summary>
/// <param name="Badge">The rating.</param>
/// <param name="Count">How many actions.</param>
/// <param name="X">Where it starts, as a percentage of the bar.</param>
/// <param name="Width">How wide, as a percentage of the bar.</param>
public sealed record RagSegmentViewModel(RagBadgeViewModel Badge, int Count, decimal X, decimal Width);
