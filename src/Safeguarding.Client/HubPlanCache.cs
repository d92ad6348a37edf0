using System.Collections.Concurrent;

namespace Safeguarding.Client;

/// <summary>
/// The plans last read from the hub, with their ETags and when they were read: shared by every
/// request of the intranet (a singleton), so a page of widgets asks the hub at most once in
/// <see cref="SafeguardingHubClientOptions.FreshFor"/>, and then only "has it changed?".
/// </summary>
internal sealed class HubPlanCache
{
    private readonly ConcurrentDictionary<string, CachedPlan> _plans = new(StringComparer.Ordinal);

    internal CachedPlan? Get(string key) => _plans.GetValueOrDefault(key);

    internal void Put(string key, CachedPlan plan) => _plans[key] = plan;

    internal void Forget(string key) => _plans.TryRemove(key, out _);

    internal sealed record CachedPlan(Domain.BusinessPlans.BusinessPlan Plan, string ETag, Instant ReadAt);
}
