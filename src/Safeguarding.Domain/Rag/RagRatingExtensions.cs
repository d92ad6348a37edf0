using System.Runtime.CompilerServices;

namespace Safeguarding.Domain.Rag;

/// <summary>Words and ordering for <see cref="RagRating"/>.</summary>
public static class RagRatingExtensions
{
    /// <summary>
    /// Gets how much a rating needs the board's attention, for roll-ups that take the worst
    /// rating beneath them: Red 5, Amber 4, Not rated 3, Not started 2, Green 1, Complete 0.
    /// </summary>
    /// <param name="rating">The rating.</param>
    /// <returns>A larger number for a rating that needs more attention.</returns>
    /// <remarks>
    /// "Not rated" ranks above green because a board cannot be assured about an action nobody
    /// has reported on (it is listed as an exception).
    /// </remarks>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Severity(this RagRating rating) =>
        (uint)rating < (uint)Severities.Length ? Severities[(int)rating] : throw Undefined(rating);

    // By the rating's value: Not rated 3, Not started 2, Red 5, Amber 4, Green 1, Complete 0. A
    // table rather than a switch, so that the roll-ups' comparisons compile to a load.
    private static ReadOnlySpan<byte> Severities => [3, 2, 5, 4, 1, 0];

    /// <summary>Gets the rating's name as a board member says it: "Red", "Not started", "Not rated".</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The display name.</returns>
    public static string DisplayName(this RagRating rating) => rating switch
    {
        RagRating.NotRated => "Not rated",
        RagRating.NotStarted => "Not started",
        RagRating.Red => "Red",
        RagRating.Amber => "Amber",
        RagRating.Green => "Green",
        RagRating.Complete => "Complete",
        _ => throw Undefined(rating),
    };

    /// <summary>Gets the more severe of two ratings (see <see cref="Severity"/>).</summary>
    /// <param name="first">One rating.</param>
    /// <param name="second">The other.</param>
    /// <returns>The rating that needs more attention; <paramref name="first"/> when they are equal.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static RagRating Worst(RagRating first, RagRating second) =>
        second.Severity() > first.Severity() ? second : first;

    /// <summary>Makes the error for a value that is not a defined rating.</summary>
    /// <param name="rating">The value.</param>
    /// <returns>The exception to throw.</returns>
    internal static ArgumentOutOfRangeException Undefined(RagRating rating) =>
        new(nameof(rating), rating, "Expected a defined RAG rating.");
}
