namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// Where a board's plans are kept. Widgets and reports ask this, never a database directly; the
/// Entity Framework Core package stores plans in SQLite or PostgreSQL, and
/// <see cref="InMemoryBusinessPlanRepository"/> keeps them in memory (tests, previews).
/// </summary>
public interface IBusinessPlanRepository
{
    /// <summary>Lists the plans kept, by title.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A summary of each plan.</returns>
    Task<IReadOnlyList<BusinessPlanSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a plan with its priorities, action areas, actions and progress history.</summary>
    /// <param name="key">The plan's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan, or <c>null</c> when none has that key.</returns>
    Task<BusinessPlan?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Adds a plan.</summary>
    /// <param name="plan">The plan; its key must not be in use.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the plan is stored.</returns>
    /// <exception cref="InvalidOperationException">A plan with the same key is already kept; nothing was changed.</exception>
    Task AddAsync(BusinessPlan plan, CancellationToken cancellationToken = default);

    /// <summary>
    /// Records a submitted progress update on one action of a plan, atomically: checked against the
    /// plan's rules (<see cref="ProgressSubmissionRules"/>), refused as a conflict when someone
    /// recorded on the action after the version the submitter saw, and stored once however often
    /// the same submission (idempotency key) arrives. Two writers at once: one is stored, the other
    /// is told of it; nothing is lost.
    /// </summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="submission">The submission, naming the action.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened: recorded, already recorded, a conflict, errors by field, or not found. Never throws for a conflict or bad input.</returns>
    Task<ProgressRecordingResult> RecordProgressAsync(string planKey, ProgressSubmission submission, CancellationToken cancellationToken = default);

    /// <summary>Records the business unit's review of a progress update: accepted, or returned with a comment.</summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="review">The review.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>What happened: recorded, errors by field, or not found.</returns>
    Task<ProgressRecordingResult> ReviewProgressAsync(string planKey, ReviewSubmission review, CancellationToken cancellationToken = default);
}
