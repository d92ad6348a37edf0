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
    public static bool IsReplayOf(BusinessPlan plan, ProgressSubmission submission, ProgressUpdate stored) =>
        Equals(submission.RecordedBy, stored.RecordedBy)
        && submission.AsAt == stored.AsAt
        && string.Equals(submission.Statement?.Trim(), stored.Statement, StringComparison.Ordinal)
        && submission.MarkedComplete == stored.MarkedComplete
        && submission.CompletedOn == stored.CompletedOn
        && submission.MilestonesMet.Distinct().Order().SequenceEqual(stored.MilestonesMet)
        && string.Equals(ProgressSubmissionRules.TextOrNull(submission.AdditionalWork), stored.AdditionalWork, StringComparison.Ordinal)
        && string.Equals(ProgressSubmissionRules.TextOrNull(submission.ImpactSoFar), stored.ImpactSoFar, StringComparison.Ordinal)
        && submission.Corrects == stored.Corrects
        && SameRatings(plan, submission, stored);

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
