using System.Runtime.CompilerServices;

namespace Safeguarding.Domain.Rag;

/// <summary>
/// Counts of ratings and facts beneath a level, kept while assessing a plan: one pass over the
/// actions fills the tallies of their action areas, priorities and plan, with no list of them.
/// </summary>
internal struct RagTally
{
    private RatingCounts _counts;

    /// <summary>The number of ratings on the canonical scale.</summary>
    public const int RatingCount = RatingCounts.Length;

    /// <summary>Creates a tally from the number of actions with each verdict code (<see cref="RagVerdict.Code"/>).</summary>
    /// <param name="codes">The count of each code, <see cref="RagVerdict.CodeCount"/> of them.</param>
    public RagTally(ReadOnlySpan<int> codes)
    {
        for (var code = 0; code < codes.Length; code++)
        {
            var count = codes[code];
            if (count == 0)
            {
                continue;
            }
            _counts[Index((RagRating)(code % RagVerdict.StaleBit))] += count;
            Total += count;
            Stale += (code & RagVerdict.StaleBit) != 0 ? count : 0;
            Overdue += (code & RagVerdict.OverdueBit) != 0 ? count : 0;
            Contradicted += (code & RagVerdict.ContradictedBit) != 0 ? count : 0;
        }
    }

    /// <summary>Gets the number of actions.</summary>
    public int Total { get; private set; }

    /// <summary>Gets the number of actions past their due date and not complete.</summary>
    public int Overdue { get; private set; }

    /// <summary>Gets the number of actions with no update within the reporting cycle.</summary>
    public int Stale { get; private set; }

    /// <summary>Gets the number of actions whose rating recorded by hand contradicts the rules.</summary>
    public int Contradicted { get; private set; }

    /// <summary>Gets the worst rating counted (see <see cref="RagRatingExtensions.Severity"/>), or Not rated when none are.</summary>
    public readonly RagRating Worst
    {
        get
        {
            var worst = RagRating.NotRated;
            var found = false;
            foreach (var rating in Enum.GetValues<RagRating>())
            {
                if (CountOf(rating) > 0 && (!found || rating.Severity() > worst.Severity()))
                {
                    worst = rating;
                    found = true;
                }
            }
            return worst;
        }
    }

    /// <summary>Gets the number of actions with a rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>The count.</returns>
    public readonly int CountOf(RagRating rating) => _counts[Index(rating)];

    /// <summary>Counts one action's verdict.</summary>
    /// <param name="verdict">The verdict.</param>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public void Add(in RagVerdict verdict)
    {
        _counts[Index(verdict.Rating)]++;
        Total++;
        Overdue += verdict.IsOverdue ? 1 : 0;
        Stale += verdict.IsStale ? 1 : 0;
        Contradicted += verdict.IsContradicted ? 1 : 0;
    }

    /// <summary>Counts everything another tally counted.</summary>
    /// <param name="other">The tally of a level beneath this one.</param>
    public void Add(in RagTally other)
    {
        for (var i = 0; i < RatingCounts.Length; i++)
        {
            _counts[i] += other._counts[i];
        }
        Total += other.Total;
        Overdue += other.Overdue;
        Stale += other.Stale;
        Contradicted += other.Contradicted;
    }

    /// <summary>Gets where a rating is counted, refusing a value that is not a defined rating.</summary>
    /// <param name="rating">The rating.</param>
    /// <returns>Its index.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static int Index(RagRating rating) =>
        (uint)rating < RatingCounts.Length ? (int)rating : throw RagRatingExtensions.Undefined(rating);

    [InlineArray(Length)]
    private struct RatingCounts
    {
        public const int Length = (int)RagRating.Complete + 1;

        private int _count;
    }
}
