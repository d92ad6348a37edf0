using System.Collections.Concurrent;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Plans read from the database, kept between requests so that a page costs one small query
/// instead of reading and mapping the whole plan. Each plan is kept with the stamp of the rows it
/// was read from (its revision, whether it is archived, and the count and highest id of its updates
/// and reviews); <see cref="EntityFrameworkBusinessPlanRepository.GetAsync"/> reads the stamp first
/// and uses the kept plan only when the stamp is unchanged. So a plan is never older than the
/// latest update recorded, by this process or any other on the same database.
/// </summary>
/// <remarks>
/// Registered as a singleton by <see cref="SafeguardingServiceCollectionExtensions.AddSafeguardingEntityFrameworkCore"/>:
/// one cache per database. The plans it returns are shared by every request: read them, and record
/// through the repository, never on the plan's actions directly.
/// </remarks>
public sealed class SafeguardingPlanCache
{
    private readonly ConcurrentDictionary<string, Entry> _plans = new(StringComparer.Ordinal);

    /// <summary>Gets how many plans are kept.</summary>
    public int Count => _plans.Count;

    /// <summary>Forgets every plan kept; the next read of each loads it again.</summary>
    public void Clear() => _plans.Clear();

    internal bool TryGet(string key, PlanStamp stamp, out BusinessPlan plan)
    {
        if (_plans.TryGetValue(key, out var entry) && entry.Stamp == stamp)
        {
            plan = entry.Plan;
            return true;
        }
        plan = null!;
        return false;
    }

    internal void Set(string key, PlanStamp stamp, BusinessPlan plan) => _plans[key] = new Entry(stamp, plan);

    private sealed record Entry(PlanStamp Stamp, BusinessPlan Plan);
}

/// <summary>
/// What identifies the state of a stored plan: updates and reviews are only ever appended (a row
/// is deleted only when a revision drops its action, which moves the revision), so their counts and
/// highest ids change with every write. The count catches a row committed late with a lower id.
/// </summary>
internal readonly record struct PlanStamp(int Revision, Instant? ArchivedAt, int Updates, int? LastUpdateId, int Reviews, int? LastReviewId);
