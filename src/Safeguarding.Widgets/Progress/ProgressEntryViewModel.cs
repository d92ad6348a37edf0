using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Progress;

/// <summary>One entry of an action's progress timeline, in words.</summary>
public sealed record ProgressEntryViewModel
{
    /// <summary>Gets the update's number in the history.</summary>
    public required int Number { get; init; }

    /// <summary>Gets the as-at date in words.</summary>
    public required string AsAt { get; init; }

    /// <summary>Gets the statement, or <c>null</c>.</summary>
    public string? Statement { get; init; }

    /// <summary>Gets the ratings recorded, each with its dimension and a badge (words and shape).</summary>
    public required IReadOnlyList<RecordedRatingViewModel> Ratings { get; init; }

    /// <summary>Gets how the ratings changed from the update before, in words, such as "Completion to timescale: Amber → Green"; empty when none changed.</summary>
    public required IReadOnlyList<string> Changes { get; init; }

    /// <summary>Gets the additional work proposed, or <c>null</c>.</summary>
    public string? AdditionalWork { get; init; }

    /// <summary>Gets the impact so far, or <c>null</c>.</summary>
    public string? ImpactSoFar { get; init; }

    /// <summary>Gets who recorded it (name and agency), or as the imported plan names them, or <c>null</c>.</summary>
    public string? RecordedBy { get; init; }

    /// <summary>Gets when it was recorded, in words (UK time), or <c>null</c> for an update imported with the plan.</summary>
    public string? RecordedAt { get; init; }

    /// <summary>Gets notes: completion, milestones met, what it corrects or what corrected it.</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Gets a value indicating whether a later update corrects this one.</summary>
    public bool IsCorrected { get; init; }

    /// <summary>Gets the review status in words ("Accepted by …", "Returned by …: comment", "Awaiting acceptance"), or <c>null</c> when the board does not require acceptance.</summary>
    public string? Review { get; init; }

    /// <summary>Gets a value indicating whether the person viewing may accept or return this update now.</summary>
    public bool CanReview { get; init; }
}

/// <summary>A rating as recorded in an update: the dimension and the level as a badge.</summary>
/// <param name="Dimension">The dimension's name.</param>
/// <param name="Badge">The level's badge (words and shape).</param>
/// <param name="Text">The level's label as the scheme names it, such as "GREEN" or "★ Complete".</param>
public sealed record RecordedRatingViewModel(string Dimension, RagBadgeViewModel Badge, string Text);
