using Safeguarding.Domain.Rag;

namespace Safeguarding.BoardPapers;

/// <summary>
/// A RAG rating in a board paper: the canonical rating in words and as a shape (never colour
/// alone), the rating as the board recorded it by hand when there is one, and why the rules gave
/// the rating they did.
/// </summary>
/// <param name="Rating">The canonical rating.</param>
/// <param name="Recorded">The rating recorded by hand, or <c>null</c> when none was recorded.</param>
/// <param name="Reason">Why the rating is what it is, in a few words; <c>null</c> when there is nothing to add.</param>
public sealed record PaperRating(RagRating Rating, RecordedRating? Recorded = null, string? Reason = null)
{
    /// <summary>Gets the shapes printed for each canonical rating (the widgets' own): ✖ red, ▲ amber, ● green, ★ complete, ○ not started, – not rated.</summary>
    public static IReadOnlyDictionary<RagRating, string> Symbols { get; } = new Dictionary<RagRating, string>
    {
        [RagRating.Red] = "✖",
        [RagRating.Amber] = "▲",
        [RagRating.Green] = "●",
        [RagRating.Complete] = "★",
        [RagRating.NotStarted] = "○",
        [RagRating.NotRated] = "–",
    };

    /// <summary>Gets the rating's words, such as "Red" or "Not rated".</summary>
    public string Word => Rating.DisplayName();

    /// <summary>Gets the rating's shape.</summary>
    public string Symbol => Symbols[Rating];

    /// <summary>Gets the recorded rating in the board's own shapes and words, such as "● In progress" or "● / ★ In progress / Complete"; <c>null</c> when none was recorded.</summary>
    public string? RecordedText => Recorded is null ? null : $"{RecordedShapes} {RecordedWords}";

    /// <summary>
    /// Gets what a printed paper leads with: the recorded rating in the board's own shapes and words when
    /// the rules agree with it, otherwise the derived rating's shape and words.
    /// </summary>
    public (string Shapes, string Words) Headline => Agrees ? (RecordedShapes!, RecordedWords!) : (Symbol, Word);

    /// <summary>Gets what a printed paper says under the <see cref="Headline"/>: what was recorded, when the rules disagree with it, and the reason.</summary>
    public IReadOnlyList<string> Details =>
        [.. (Agrees ? [Reason] : new[] { Recorded is null ? null : $"Recorded as {RecordedText}", Reason }).OfType<string>()];

    /// <summary>Gets the lines a printed paper shows: the <see cref="Headline"/>, then the <see cref="Details"/>.</summary>
    public IReadOnlyList<string> PrintedLines => [$"{Headline.Shapes} {Headline.Words}", .. Details];

    private bool Agrees => Recorded is not null && Recorded.Rating == Rating;

    private string? RecordedShapes => Recorded is null ? null : string.Join(" / ", Recorded.Levels.Select(level => level.Symbol));

    private string? RecordedWords => Recorded is null ? null : string.Join(" / ", Recorded.Levels.Select(level => level.Label));

    /// <summary>Returns the symbol and words.</summary>
    /// <returns>Such as "✖ Red".</returns>
    public override string ToString() => $"{Symbol} {Word}";
}
