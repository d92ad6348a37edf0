namespace Safeguarding.Domain.Rag;

/// <summary>What <see cref="RagRules"/> decide for an action as at a date, before any words: which rule, the rating, and the facts roll-ups count.</summary>
/// <param name="Decision">Which rule decided.</param>
/// <param name="Rating">The rating.</param>
/// <param name="IsStale">Whether no progress had been reported within the reporting cycle.</param>
/// <param name="IsContradicted">Whether the rating recorded by hand contradicts the rules.</param>
internal readonly record struct RagVerdict(RagDecision Decision, RagRating Rating, bool IsStale, bool IsContradicted)
{
    /// <summary>Gets a value indicating whether the action was past its due date and not complete.</summary>
    public bool IsOverdue => Decision == RagDecision.Overdue;

    /// <summary>Gets what a roll-up counts of the verdict as one number below <see cref="CodeCount"/>: the rating, and whether stale, overdue and contradicted.</summary>
    /// <remarks>A plan's actions are counted by code (one increment each), and the tally worked out from those counts.</remarks>
    public int Code => (int)Rating | (IsStale ? StaleBit : 0) | (IsOverdue ? OverdueBit : 0) | (IsContradicted ? ContradictedBit : 0);

    /// <summary>The number of codes.</summary>
    public const int CodeCount = 64;

    /// <summary>The bit of <see cref="Code"/> that says stale; the bits below it are the rating.</summary>
    public const int StaleBit = 8;

    /// <summary>The bit of <see cref="Code"/> that says overdue.</summary>
    public const int OverdueBit = 16;

    /// <summary>The bit of <see cref="Code"/> that says contradicted.</summary>
    public const int ContradictedBit = 32;
}
