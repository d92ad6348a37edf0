namespace Safeguarding.Domain.Rag;

/// <summary>
/// A rating as someone recorded it in a progress update: the text they wrote ("A", "▲",
/// "● / ★") and the scheme levels it names, with the canonical rating it counts as.
/// </summary>
public sealed class RecordedRating
{
    internal RecordedRating(RagDimension dimension, string text, IReadOnlyList<RagLevel> levels)
    {
        Dimension = dimension;
        Text = text;
        Levels = levels;
        Rating = levels.Select(level => level.Rating).Aggregate(RagRatingExtensions.Worst);
    }

    /// <summary>Gets the dimension the rating belongs to.</summary>
    public RagDimension Dimension { get; }

    /// <summary>Gets the rating exactly as written, such as "● / ★".</summary>
    public string Text { get; }

    /// <summary>Gets the levels the text names: one, or several joined by " / ".</summary>
    public IReadOnlyList<RagLevel> Levels { get; }

    /// <summary>Gets the canonical rating: for several levels, the one that needs most attention.</summary>
    public RagRating Rating { get; }

    /// <summary>Returns the text as written.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}
