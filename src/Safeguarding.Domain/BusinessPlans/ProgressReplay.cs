using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// Tells a submission sent again (a double click, a retry after a lost answer) from a different
/// submission that carries an idempotency key already used. Only the first is answered
/// "already recorded": a different update under the same key is never dropped as a duplicate.
/// </summary>
/// <remarks>
/// Two forms can carry one key, for instance one page opened in two tabs, or an API client that
/// reuses keys. The second submission is then checked as any other: a conflict when the history
/// has moved since its version, otherwise an error on the key.
/// </remarks>
internal static class ProgressReplay
{
    /// <summary>Tells whether a submission says exactly what an update stored under its key says, by the same person.</summary>
    /// <param name="plan">The plan, for its RAG scheme.</param>
    /// <param name="submission">The submission.</param>
    /// <param name="stored">The update stored under the submission's idempotency key.</param>
    /// <returns><c>true</c> when storing the submission would store the same update again.</returns>
    public static bool IsReplayOf(BusinessPlan plan, ProgressSubmission submission, ProgressUpdate stored)
    {
        // A stored update always has its date and statement: a submission without either is not it.
        if (submission.AsAt is null || submission.Statement is null)
        {
            return false;
        }
        // What storing the submission would store, compared with what was (the ratings apart).
        var again = UpdateOf(submission, stored.Ratings);
        return Equals(again.RecordedBy, stored.RecordedBy)
            && again.AsAt == stored.AsAt
            && string.Equals(again.Statement, stored.Statement, StringComparison.Ordinal)
            && again.MarkedComplete == stored.MarkedComplete
            && again.CompletedOn == stored.CompletedOn
            && again.MilestonesMet.SequenceEqual(stored.MilestonesMet)
            && string.Equals(again.AdditionalWork, stored.AdditionalWork, StringComparison.Ordinal)
            && string.Equals(again.ImpactSoFar, stored.ImpactSoFar, StringComparison.Ordinal)
            && again.Corrects == stored.Corrects
            && SameRatings(plan, submission, stored);
    }

    /// <summary>The update a checked submission stores (numbered 0): its texts trimmed, blank notes left out, milestones once each in order.</summary>
    /// <param name="submission">The submission, with its date and statement.</param>
    /// <param name="ratings">Its ratings, read against the plan's scheme.</param>
    /// <returns>The update.</returns>
    public static ProgressUpdate UpdateOf(ProgressSubmission submission, IReadOnlyList<RecordedRating> ratings) => new()
    {
        AsAt = submission.AsAt!.Value,
        Statement = submission.Statement!.Trim(),
        Ratings = ratings,
        MarkedComplete = submission.MarkedComplete,
        CompletedOn = submission.CompletedOn,
        MilestonesMet = [.. submission.MilestonesMet.Distinct().Order()],
        AdditionalWork = ProgressSubmissionRules.TextOrNull(submission.AdditionalWork),
        ImpactSoFar = ProgressSubmissionRules.TextOrNull(submission.ImpactSoFar),
        RecordedBy = submission.RecordedBy,
        RecordedAt = submission.RecordedAt,
        Corrects = submission.Corrects,
        IdempotencyKey = submission.IdempotencyKey is { Length: > 0 } idempotencyKey ? idempotencyKey : null,
    };

    /// <summary>The error for a key already used by a different update, when the history has not moved since the submission's version.</summary>
    /// <param name="stored">The update stored under the key.</param>
    /// <returns>The error, naming the field.</returns>
    public static FieldError KeyAlreadyUsed(ProgressUpdate stored) => new(
        nameof(ProgressSubmission.IdempotencyKey),
        $"Expected a new idempotency key for a new update: this key was used for update {stored.Number}, which says something different");

    private static bool SameRatings(BusinessPlan plan, ProgressSubmission submission, ProgressUpdate stored)
    {
        if (submission.Ratings.Count != stored.Ratings.Count)
        {
            return false;
        }
        foreach (var rating in stored.Ratings)
        {
            if (!submission.Ratings.TryGetValue(rating.DimensionId, out var code)
                || code is null
                || !plan.RagScheme.TryReadRating(rating.DimensionId, code, out var read, out _)
                || !string.Equals(read.Text, rating.Text, StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }
}
