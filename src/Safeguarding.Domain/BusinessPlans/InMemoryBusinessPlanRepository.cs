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
    public Task RecordProgressAsync(string key, string actionRef, ProgressUpdate update, CancellationToken cancellationToken = default)
    {
        var plan = _plans.GetValueOrDefault(Preconditions.CheckNotNull(key)) ?? throw new KeyNotFoundException($"Expected a plan with key \"{key}\", but there is none.");
        var action = plan.FindAction(actionRef) ?? throw new KeyNotFoundException($"Expected an action with ref \"{actionRef}\" in \"{plan.Title}\", but there is none.");
        action.RecordProgress(update);
        return Task.CompletedTask;
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
