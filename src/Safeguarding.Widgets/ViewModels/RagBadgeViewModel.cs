using Safeguarding.Domain.Rag;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>A RAG rating as a badge: its words, its shape and its colour class.</summary>
/// <param name="Rating">The canonical rating.</param>
/// <param name="Label">The words shown, such as "Red" or "Not rated".</param>
/// <param name="Symbol">The shape shown beside the words, such as "✖".</param>
/// <param name="CssModifier">The class that gives the colour, such as "sg-rag--red".</param>
/// <param name="RecordedText">The rating as recorded by hand (such as "▲"), when it differs from the derived one; otherwise <c>null</c>.</param>
/// <param name="Explanation">One sentence saying why, shown as the badge's description; or <c>null</c>.</param>
public sealed record RagBadgeViewModel(RagRating Rating, string Label, string Symbol, string CssModifier, string? RecordedText, string? Explanation)
{
    /// <summary>Gets the shapes the widgets use for each canonical rating, so that no rating is told by colour alone.</summary>
    public static IReadOnlyDictionary<RagRating, string> Symbols => Safeguarding.BoardPapers.PaperRating.Symbols;

    /// <summary>Creates the badge for a rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <param name="recordedText">The rating as recorded by hand, or <c>null</c>.</param>
    /// <param name="explanation">Why, or <c>null</c>.</param>
    /// <returns>The badge.</returns>
    public static RagBadgeViewModel For(RagRating rating, string? recordedText = null, string? explanation = null) =>
        new(rating, rating.DisplayName(), Symbols[rating], CssModifierFor(rating), recordedText, explanation);

    /// <summary>Gets the colour class for a rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>Such as "sg-rag--not-started".</returns>
    public static string CssModifierFor(RagRating rating) => rating switch
    {
        RagRating.NotRated => "sg-rag--not-rated",
        RagRating.NotStarted => "sg-rag--not-started",
        RagRating.Red => "sg-rag--red",
        RagRating.Amber => "sg-rag--amber",
        RagRating.Green => "sg-rag--green",
        RagRating.Complete => "sg-rag--complete",
        _ => throw new ArgumentOutOfRangeException(nameof(rating), rating, "Expected a defined RAG rating."),
    };
}
