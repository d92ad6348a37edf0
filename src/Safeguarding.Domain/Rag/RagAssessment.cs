using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Rag;

/// <summary>
/// An action's RAG rating as at a date, derived by <see cref="RagRules"/> from its timescale and
/// progress history, with the reasons a board member needs.
/// </summary>
/// <remarks>
/// A value: assessing an action allocates nothing. The rating and its facts are worked out when it
/// is made; the words (<see cref="Reason"/>, <see cref="Explanation"/>, <see cref="Contradiction"/>)
/// each time they are read, from the version of the history the rating was worked out from, so
/// they always agree with the rating even if progress is recorded afterwards. The default value
/// assesses nothing: make assessments with <see cref="RagRules"/>.
/// </remarks>
public readonly struct RagAssessment : IEquatable<RagAssessment>
{
    private readonly ProgressHistory _history;
    private readonly RagRuleSettings _settings;
    private readonly RagVerdict _verdict;

    internal RagAssessment(PlanAction action, ProgressHistory history, LocalDate asAt, in RagRuleSettings settings,
        in RagVerdict verdict, ProgressUpdate? latest, RecordedRating? recorded)
    {
        Action = action;
        _history = history;
        AsAt = asAt;
        _settings = settings;
        _verdict = verdict;
        LatestProgress = latest;
        RecordedRating = recorded;
    }

    /// <summary>Gets the action assessed.</summary>
    public PlanAction Action { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the derived rating.</summary>
    public RagRating Rating => _verdict.Rating;

    /// <summary>Gets the completion rating recorded by hand in the latest update on or before <see cref="AsAt"/>, or <c>null</c>.</summary>
    public RecordedRating? RecordedRating { get; }

    /// <summary>Gets the latest progress update on or before <see cref="AsAt"/>, or <c>null</c>.</summary>
    public ProgressUpdate? LatestProgress { get; }

    /// <summary>Gets a value indicating whether the action was complete as at the date.</summary>
    public bool IsComplete => _verdict.Decision == RagDecision.Complete;

    /// <summary>Gets a value indicating whether the action was past its due date and not complete.</summary>
    public bool IsOverdue => _verdict.IsOverdue;

    /// <summary>Gets a value indicating whether no progress had been reported within the reporting cycle.</summary>
    public bool IsStale => _verdict.IsStale;

    /// <summary>Gets the contradiction between the rating recorded by hand and the rules, or <c>null</c> when there is none.</summary>
    public string? Contradiction => _verdict.IsContradicted ? RagExplanation.Contradiction(this) : null;

    /// <summary>Gets the rating's reason in a few words, for a table that leads with the rating, such as "Past its due date, 28 February 2014".</summary>
    /// <value>The reason without the staleness, which a report says once for a group; <see cref="Explanation"/> has the whole sentence.</value>
    public string Reason => RagExplanation.Reason(this);

    /// <summary>Gets one sentence a board member understands, saying why the action has its rating.</summary>
    public string Explanation => RagExplanation.Explanation(this);

    /// <summary>Gets a value indicating whether the action belongs in an exception report: red, amber, not rated, overdue, stale or contradicted.</summary>
    public bool IsException =>
        !IsComplete && (Rating is RagRating.Red or RagRating.Amber or RagRating.NotRated || IsOverdue || IsStale || _verdict.IsContradicted);

    /// <summary>Gets what the rules decided.</summary>
    internal RagVerdict Verdict => _verdict;

    /// <summary>Gets which rule decided the rating.</summary>
    internal RagDecision Decision => _verdict.Decision;

    /// <summary>Gets a value indicating whether the rating recorded by hand contradicts the rules.</summary>
    internal bool IsContradicted => _verdict.IsContradicted;

    /// <summary>Gets the version of the history the rating was worked out from.</summary>
    internal ProgressHistory History => _history;

    /// <summary>Gets the rule settings the rating was worked out with.</summary>
    internal RagRuleSettings Settings => _settings;

    /// <summary>Tells whether two assessments are of the same action and history version, as at the same date, with the same settings.</summary>
    /// <param name="left">One assessment.</param>
    /// <param name="right">The other.</param>
    /// <returns><c>true</c> when they are equal.</returns>
    public static bool operator ==(RagAssessment left, RagAssessment right) => left.Equals(right);

    /// <summary>Tells whether two assessments differ.</summary>
    /// <param name="left">One assessment.</param>
    /// <param name="right">The other.</param>
    /// <returns><c>true</c> when they are not equal.</returns>
    public static bool operator !=(RagAssessment left, RagAssessment right) => !left.Equals(right);

    /// <summary>Tells whether this assessment is of the same action and history version, as at the same date, with the same settings.</summary>
    /// <param name="other">The other assessment.</param>
    /// <returns><c>true</c> when they are equal (and so say the same).</returns>
    public bool Equals(RagAssessment other) =>
        ReferenceEquals(Action, other.Action) && ReferenceEquals(_history, other._history) && AsAt == other.AsAt && _settings.Equals(other._settings);

    /// <inheritdoc />
    public override bool Equals(object? obj) => obj is RagAssessment other && Equals(other);

    /// <inheritdoc />
    public override int GetHashCode() => HashCode.Combine(Action, _history, AsAt);

    /// <summary>Returns the ref, rating and explanation.</summary>
    /// <returns>Such as "1.1.2 Red: …".</returns>
    public override string ToString() => Action is null ? "(no assessment)" : $"{Action.Ref} {Explanation}";
}
