namespace Safeguarding.Domain.Rag;

/// <summary>
/// The ratings beneath an action area, a priority or a plan: counts per rating, and the worst
/// open rating, which the level above takes.
/// </summary>
public sealed class RagRollUp
{
    /// <summary>Rolls up a set of action assessments.</summary>
    /// <param name="assessments">The assessments beneath the level.</param>
    public RagRollUp(IEnumerable<RagAssessment> assessments)
        : this(Tally(Preconditions.CheckNotNull(assessments)))
    {
    }

    internal RagRollUp(in RagTally tally)
    {
        var counts = new Dictionary<RagRating, int>(RagTally.RatingCount);
        foreach (var rating in Enum.GetValues<RagRating>())
        {
            counts.Add(rating, tally.CountOf(rating));
        }
        Counts = counts;
        Total = tally.Total;
        Overdue = tally.Overdue;
        Stale = tally.Stale;
        Contradicted = tally.Contradicted;
        Rating = tally.Worst;
    }

    /// <summary>Gets the number of actions with each rating (every rating is present, zero when none).</summary>
    public IReadOnlyDictionary<RagRating, int> Counts { get; }

    /// <summary>Gets the rating of the level: the worst rating beneath it (Complete only when every action is complete; Not rated when there are no actions).</summary>
    public RagRating Rating { get; }

    /// <summary>Gets the number of actions.</summary>
    public int Total { get; }

    /// <summary>Gets the number of actions past their due date and not complete.</summary>
    public int Overdue { get; }

    /// <summary>Gets the number of actions with no update within the reporting cycle.</summary>
    public int Stale { get; }

    /// <summary>Gets the number of actions whose rating recorded by hand contradicts the rules.</summary>
    public int Contradicted { get; }

    /// <summary>Gets the counts in words, worst first, leaving out ratings with none: "3 red, 2 amber, 9 not rated".</summary>
    public string CountsInWords => string.Join(", ", Enum.GetValues<RagRating>()
        .OrderByDescending(rating => rating.Severity())
        .Where(rating => Counts[rating] > 0)
        .Select(rating => $"{Counts[rating]} {rating.DisplayName().ToLowerInvariant()}"));

    /// <summary>Gets one sentence for the level, such as "Red: the worst rating among its 14 actions (3 red, 2 amber, 9 not rated).".</summary>
    public string Explanation => Total == 0
        ? "Not rated: there are no actions."
        : $"{Rating.DisplayName()}: the worst rating among its {Total} action{(Total == 1 ? string.Empty : "s")} ({CountsInWords}).";

    private static RagTally Tally(IEnumerable<RagAssessment> assessments)
    {
        var tally = new RagTally();
        foreach (var assessment in assessments)
        {
            tally.Add(assessment.Verdict);
        }
        return tally;
    }
}
