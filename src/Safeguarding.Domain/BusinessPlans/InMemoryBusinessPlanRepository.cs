using System.Collections.Concurrent;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Keeps plans in memory: for tests, previews and hosts that load plan files at start-up.</summary>
public sealed class InMemoryBusinessPlanRepository : IBusinessPlanRepository
{
    private readonly ConcurrentDictionary<string, BusinessPlan> _plans = new(StringComparer.Ordinal);

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
        return Task.FromResult(Find(planKey, submission.ActionRef, out var plan, out var action) ?? action!.Record(plan!, submission));
    }

    /// <inheritdoc/>
    public Task<ProgressRecordingResult> ReviewProgressAsync(string planKey, ReviewSubmission review, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(review);
        return Task.FromResult(Find(planKey, review.ActionRef, out _, out var action)
            ?? action!.Review(review.UpdateNumber, review.Outcome, review.Comment, review.ReviewedBy, review.ReviewedAt));
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
