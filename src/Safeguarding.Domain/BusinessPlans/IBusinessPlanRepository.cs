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

    /// <summary>Gets whether a plan with this key is kept, without reading the plan.</summary>
    /// <param name="key">The plan's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when a plan has that key.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="key"/> is <c>null</c>.</exception>
    /// <remarks>
    /// A store that does not answer this more cheaply gets the plan (<see cref="GetAsync"/>): the
    /// Entity Framework Core store asks the database whether the row exists, as a host's start-up
    /// does before adding a plan it adds once.
    /// </remarks>
    async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default) =>
        await GetAsync(key, cancellationToken).ConfigureAwait(false) is not null;

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

    /// <summary>
    /// Stores a revised version of a plan over the stored one (such as next quarter's plan file with
    /// reworded actions), keeping every action's recorded progress and reviews: actions are matched by
    /// ref (<see cref="PlanRevision.Compare"/>). Atomic: the whole revision or nothing.
    /// </summary>
    /// <param name="revised">The revised plan; its key names the plan to revise.</param>
    /// <param name="expectedRevision">
    /// The <see cref="BusinessPlan.Revision"/> of the stored plan the person compared the revision
    /// with (shown the changes to confirm). When another revision was stored since, nothing is stored
    /// and the answer is <see cref="PlanRevisionStatus.Conflict"/>, so no one's changes are overwritten unseen.
    /// </param>
    /// <param name="dropActionsWithProgress">Whether removing actions that have recorded progress (and their history with them) is allowed. The default is <c>false</c>: such a revision is refused.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Stored, refused, a conflict or not found; never an exception for these.</returns>
    /// <remarks>Progress recorded on the plan while the revision is being stored is kept: it is compared against the history as it is at that moment, not as it was when the person looked.</remarks>
    Task<PlanRevisionResult> ReviseAsync(BusinessPlan revised, int expectedRevision, bool dropActionsWithProgress = false, CancellationToken cancellationToken = default);

    /// <summary>
    /// Archives a finished plan: it stays readable and reportable, and progress is no longer recorded
    /// on it (<see cref="BusinessPlan.IsArchived"/>). Archiving an archived plan keeps its first date.
    /// </summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="archivedAt">When it is archived.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when the plan is (now) archived; <c>false</c> when there is no such plan.</returns>
    Task<bool> ArchiveAsync(string planKey, Instant archivedAt, CancellationToken cancellationToken = default);

    /// <summary>Reopens an archived plan, so that progress can be recorded on it again.</summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns><c>true</c> when the plan is (now) current; <c>false</c> when there is no such plan.</returns>
    Task<bool> ReopenAsync(string planKey, CancellationToken cancellationToken = default);
}
