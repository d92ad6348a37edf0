namespace Safeguarding.Domain.Rag;

/// <summary>
/// A rating as someone recorded it in a progress update: the text they wrote ("A", "▲",
/// "● / ★") and the scheme levels it names, with the canonical rating it counts as. It carries
/// its levels with it, so a stored rating still reads the same if the scheme is later changed.
/// </summary>
public sealed class RecordedRating
{
    /// <summary>Creates a recorded rating; <see cref="RagScheme.TryReadRating"/> creates them from what a plan says.</summary>
    /// <param name="dimensionId">The id of the dimension rated.</param>
    /// <param name="tracksCompletion">Whether that dimension is the one the timescale rules apply to.</param>
    /// <param name="text">The rating as written.</param>
    /// <param name="levels">The levels the text names: at least one.</param>
    /// <exception cref="ArgumentException">The text is blank or there are no levels.</exception>
    public RecordedRating(string dimensionId, bool tracksCompletion, string text, IReadOnlyList<RagLevel> levels)
    {
        DimensionId = Preconditions.CheckNotBlank(dimensionId);
        TracksCompletion = tracksCompletion;
        Text = Preconditions.CheckNotBlank(text);
        Levels = Preconditions.CheckNotNull(levels);
        Preconditions.CheckArgument(levels.Count > 0, nameof(levels), $"Expected at least one level for the rating \"{text}\".");
        Rating = levels.Select(level => level.Rating).Aggregate(RagRatingExtensions.Worst);
    }

    /// <summary>Gets the id of the dimension rated, such as "completion".</summary>
    public string DimensionId { get; }

    /// <summary>Gets a value indicating whether the dimension rated is the one the timescale rules apply to.</summary>
    public bool TracksCompletion { get; }

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
