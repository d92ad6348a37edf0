namespace Safeguarding.Domain.Rag;

/// <summary>
/// The one canonical RAG scale every board's scheme maps onto, so that plans written with
/// different schemes (two-dimension, five-level, symbols) can be rolled up and compared.
/// </summary>
/// <remarks>
/// Declared from least to most severe for an open action; see <see cref="RagRatingExtensions.Severity"/>
/// for the order used by roll-ups.
/// </remarks>
public enum RagRating
{
    /// <summary>Not rated: no rating has been recorded ("N", "No data").</summary>
    NotRated = 0,

    /// <summary>Not started: the action's work has not begun (GREY in five-level schemes).</summary>
    NotStarted = 1,

    /// <summary>Red: incomplete and outside timescale, or tasks not met.</summary>
    Red = 2,

    /// <summary>Amber: at risk of missing its timescale.</summary>
    Amber = 3,

    /// <summary>Green: on target.</summary>
    Green = 4,

    /// <summary>Complete: the action is done (BLUE in five-level schemes, ★ in symbol schemes).</summary>
    Complete = 5,
}
