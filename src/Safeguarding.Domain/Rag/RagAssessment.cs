using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Rag;

/// <summary>
/// An action's RAG rating as at a date, derived by <see cref="RagRules"/> from its timescale and
/// progress history, with the reasons a board member needs.
/// </summary>
public sealed class RagAssessment
{
    internal RagAssessment(PlanAction action, LocalDate asAt)
    {
        Action = action;
        AsAt = asAt;
    }

    /// <summary>Gets the action assessed.</summary>
    public PlanAction Action { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the derived rating.</summary>
    public RagRating Rating { get; internal set; }

    /// <summary>Gets the completion rating recorded by hand in the latest update on or before <see cref="AsAt"/>, or <c>null</c>.</summary>
    public RecordedRating? RecordedRating { get; internal set; }

    /// <summary>Gets the latest progress update on or before <see cref="AsAt"/>, or <c>null</c>.</summary>
    public ProgressUpdate? LatestProgress { get; internal set; }

    /// <summary>Gets a value indicating whether the action was complete as at the date.</summary>
    public bool IsComplete { get; internal set; }

    /// <summary>Gets a value indicating whether the action was past its due date and not complete.</summary>
    public bool IsOverdue { get; internal set; }

    /// <summary>Gets a value indicating whether no progress had been reported within the reporting cycle.</summary>
    public bool IsStale { get; internal set; }

    /// <summary>Gets the contradiction between the rating recorded by hand and the rules, or <c>null</c> when there is none.</summary>
    public string? Contradiction { get; internal set; }

    /// <summary>Gets the rating's reason in a few words, for a table that leads with the rating, such as "Past its due date, 28 February 2014".</summary>
    /// <value>The reason without the staleness, which a report says once for a group; <see cref="Explanation"/> has the whole sentence.</value>
    public string Reason { get; internal set; } = string.Empty;

    /// <summary>Gets one sentence a board member understands, saying why the action has its rating.</summary>
    public string Explanation { get; internal set; } = string.Empty;

    /// <summary>Gets a value indicating whether the action belongs in an exception report: red, amber, not rated, overdue, stale or contradicted.</summary>
    public bool IsException =>
        !IsComplete && (Rating is RagRating.Red or RagRating.Amber or RagRating.NotRated || IsOverdue || IsStale || Contradiction is not null);

    /// <summary>Returns the ref, rating and explanation.</summary>
    /// <returns>Such as "1.1.2 Red: …".</returns>
    public override string ToString() => $"{Action.Ref} {Explanation}";
}
