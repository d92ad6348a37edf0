using System.Runtime.CompilerServices;

namespace Safeguarding.Domain.Rag;

/// <summary>What <see cref="RagRules"/> decide for an action as at a date, before any words: which rule, the rating, and the facts roll-ups count.</summary>
internal readonly struct RagVerdict
{
    /// <summary>Creates a verdict.</summary>
    /// <param name="decision">Which rule decided.</param>
    /// <param name="rating">The rating.</param>
    /// <param name="isStale">Whether no progress had been reported within the reporting cycle.</param>
    /// <param name="isContradicted">Whether the rating recorded by hand contradicts the rules.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public RagVerdict(RagDecision decision, RagRating rating, bool isStale, bool isContradicted)
    {
        Decision = decision;
        Rating = rating;
        IsStale = isStale;
        IsContradicted = isContradicted;

        // Worked out where the verdict is made, where most of it is known in advance.
        Code = (int)rating | (isStale ? StaleBit : 0) | (decision == RagDecision.Overdue ? OverdueBit : 0) | (isContradicted ? ContradictedBit : 0);
    }

    /// <summary>Gets which rule decided.</summary>
    public RagDecision Decision { get; }

    /// <summary>Gets the rating.</summary>
    public RagRating Rating { get; }

    /// <summary>Gets a value indicating whether no progress had been reported within the reporting cycle.</summary>
    public bool IsStale { get; }

    /// <summary>Gets a value indicating whether the rating recorded by hand contradicts the rules.</summary>
    public bool IsContradicted { get; }

    /// <summary>Gets a value indicating whether the action was past its due date and not complete.</summary>
    public bool IsOverdue => Decision == RagDecision.Overdue;

    /// <summary>Gets what a roll-up counts of the verdict as one number below <see cref="CodeCount"/>: the rating, and whether stale, overdue and contradicted.</summary>
    /// <remarks>A plan's actions are counted by code (one increment each), and the tally worked out from those counts.</remarks>
    public int Code { get; }

    /// <summary>The number of codes.</summary>
    public const int CodeCount = 64;

    /// <summary>The bit of <see cref="Code"/> that says stale; the bits below it are the rating.</summary>
    public const int StaleBit = 8;

    /// <summary>The bit of <see cref="Code"/> that says overdue.</summary>
    public const int OverdueBit = 16;

    /// <summary>The bit of <see cref="Code"/> that says contradicted.</summary>
    public const int ContradictedBit = 32;
}
