using System.Collections.Concurrent;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Keeps plans in memory: for tests, previews and hosts that load plan files at start-up.</summary>
/// <remarks>
/// Recording and reviewing run side by side (each action has its own lock); storing a revision or
/// archiving waits for them and holds them off, so no update is recorded on an action a revision
/// has just replaced.
/// </remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Design", "CA1001:Types that own disposable fields should be disposable",
    Justification = "The lock lives as long as the repository, usually the host; the wait handles it makes under contention are released with it by their own finalizers.")]
public sealed class InMemoryBusinessPlanRepository : IBusinessPlanRepository
{
    private readonly ConcurrentDictionary<string, BusinessPlan> _plans = new(StringComparer.Ordinal);
    private readonly ReaderWriterLockSlim _planLock = new(LockRecursionPolicy.NoRecursion);

    /// <summary>Creates a repository holding <paramref name="plans"/>.</summary>
    /// <param name="plans">The plans, each with a distinct key.</param>
    /// <exception cref="InvalidOperationException">Two plans share a key.</exception>
    public InMemoryBusinessPlanRepository(IEnumerable<BusinessPlan> plans)
    {
        foreach (var plan in Preconditions.CheckNotNull(plans))
        {
            Add(plan);
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<BusinessPlanSummary>> ListAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult<IReadOnlyList<BusinessPlanSummary>>([.. _plans.Values.OrderBy(plan => plan.Title, StringComparer.Ordinal).Select(BusinessPlanSummary.Of)]);

    /// <inheritdoc/>
    public Task<BusinessPlan?> GetAsync(string key, CancellationToken cancellationToken = default) =>
        Task.FromResult(_plans.GetValueOrDefault(Preconditions.CheckNotNull(key)));

    /// <inheritdoc/>
    public Task AddAsync(BusinessPlan plan, CancellationToken cancellationToken = default)
    {
        Add(plan);
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    /// <remarks>Safe with many writers at once: each action records under its own lock.</remarks>
    public Task<ProgressRecordingResult> RecordProgressAsync(string planKey, ProgressSubmission submission, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(submission);
        return Task.FromResult(Reading(() => Find(planKey, submission.ActionRef, out var plan, out var action) ?? action!.Record(plan!, submission)));
    }

    /// <inheritdoc/>
    public Task<ProgressRecordingResult> ReviewProgressAsync(string planKey, ReviewSubmission review, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(review);
        return Task.FromResult(Reading(() => Find(planKey, review.ActionRef, out _, out var action)
            ?? action!.Review(review.UpdateNumber, review.Outcome, review.Comment, review.ReviewedBy, review.ReviewedAt)));
    }

    /// <inheritdoc/>
    public Task<PlanRevisionResult> ReviseAsync(BusinessPlan revised, int expectedRevision, bool dropActionsWithProgress = false, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(revised);
        return Task.FromResult(Writing(() =>
        {
            if (!_plans.TryGetValue(revised.Key, out var stored))
            {
                return PlanRevisionResult.NotFound(revised.Key);
            }
            if (stored.Revision != expectedRevision)
            {
                return PlanRevisionResult.Conflict(expectedRevision, stored.Revision);
            }
            var revision = PlanRevision.Compare(stored, revised, dropActionsWithProgress);
            if (!revision.CanBeStored)
            {
                return PlanRevisionResult.Refused(revision, stored.Revision);
            }
            _plans[revised.Key] = revision.Plan.WithStoreState(stored.ArchivedAt, stored.Revision + 1);
            return PlanRevisionResult.Stored(revision, stored.Revision + 1);
        }));
    }

    /// <inheritdoc/>
    public Task<bool> ArchiveAsync(string planKey, Instant archivedAt, CancellationToken cancellationToken = default) =>
        Task.FromResult(Writing(() => SetArchived(planKey, archivedAt)));

    /// <inheritdoc/>
    public Task<bool> ReopenAsync(string planKey, CancellationToken cancellationToken = default) =>
        Task.FromResult(Writing(() => SetArchived(planKey, null)));

    private bool SetArchived(string planKey, Instant? archivedAt)
    {
        if (!_plans.TryGetValue(Preconditions.CheckNotNull(planKey), out var plan))
        {
            return false;
        }
        if (plan.IsArchived != archivedAt.HasValue)
        {
            _plans[planKey] = plan.WithStoreState(archivedAt, plan.Revision);
        }
        return true;
    }

    private T Reading<T>(Func<T> read)
    {
        _planLock.EnterReadLock();
        try
        {
            return read();
        }
        finally
        {
            _planLock.ExitReadLock();
        }
    }

    private T Writing<T>(Func<T> write)
    {
        _planLock.EnterWriteLock();
        try
        {
            return write();
        }
        finally
        {
            _planLock.ExitWriteLock();
        }
    }

    private ProgressRecordingResult? Find(string planKey, string actionRef, out BusinessPlan? plan, out PlanAction? action)
    {
        Preconditions.CheckNotNull(planKey);
        Preconditions.CheckNotNull(actionRef);
        action = null;
        plan = _plans.GetValueOrDefault(planKey);
        if (plan is null)
        {
            return ProgressRecordingResult.NotFound($"There is no plan with key \"{planKey}\".");
        }
        action = plan.FindAction(actionRef);
        return action is null ? ProgressRecordingResult.NotFound($"There is no action with ref \"{actionRef}\" in \"{plan.Title}\".") : null;
    }

    private void Add(BusinessPlan plan)
    {
        Preconditions.CheckNotNull(plan);
        if (!_plans.TryAdd(plan.Key, plan))
        {
            throw new InvalidOperationException($"Expected each plan key once, but \"{plan.Key}\" is already kept.");
        }
    }
}
