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
/// <para>Where the store can tell its version (<see cref="Safeguarding.Domain.Storage.IBoardRecordsVersion"/>,
/// a SQLite file), a plan confirmed at the version read now is used without even its stamp: nothing
/// has been committed since. The list of plans is kept the same way.</para>
/// <para>Registered as a singleton by <see cref="SafeguardingServiceCollectionExtensions.AddSafeguardingEntityFrameworkCore"/>:
/// one cache per database. The plans it returns are shared by every request: read them, and record
/// through the repository, never on the plan's actions directly.</para>
/// </remarks>
public sealed class SafeguardingPlanCache
{
    private readonly ConcurrentDictionary<string, Entry> _plans = new(StringComparer.Ordinal);
    private volatile KeptList? _list;

    /// <summary>Gets how many plans are kept.</summary>
    public int Count => _plans.Count;

    /// <summary>Forgets every plan kept; the next read of each loads it again.</summary>
    public void Clear()
    {
        _plans.Clear();
        _list = null;
    }

    internal bool TryGet(string key, PlanStamp stamp, out BusinessPlan plan) =>
        TryGet(key, entry => entry.Stamp == stamp, out plan);

    /// <summary>
    /// Gets the plan kept when the store's version (<see cref="Safeguarding.Domain.Storage.IBoardRecordsVersion"/>)
    /// is the one it was last confirmed at: nothing has been committed since, so not even its stamp
    /// needs reading.
    /// </summary>
    internal bool TryGetUnchanged(string key, string recordsVersion, out BusinessPlan plan) =>
        TryGet(key, entry => entry.RecordsVersion == recordsVersion, out plan);

    private bool TryGet(string key, Func<Entry, bool> current, out BusinessPlan plan)
    {
        if (_plans.TryGetValue(key, out var entry) && current(entry))
        {
            plan = entry.Plan;
            return true;
        }
        plan = null!;
        return false;
    }

    /// <summary>Keeps a plan with its stamp, and the store's version read before the stamp was (null when unknown).</summary>
    internal void Set(string key, PlanStamp stamp, BusinessPlan plan, string? recordsVersion = null) => _plans[key] = new Entry(stamp, plan, recordsVersion);

    /// <summary>Notes that the plan kept is still current at the store's version read before its stamp was checked.</summary>
    internal void Confirm(string key, BusinessPlan plan, string recordsVersion)
    {
        if (_plans.TryGetValue(key, out var entry) && ReferenceEquals(entry.Plan, plan))
        {
            _plans.TryUpdate(key, entry with { RecordsVersion = recordsVersion }, entry);
        }
    }

    /// <summary>Gets the list of plans kept at the store's version, if it was read at that version.</summary>
    internal bool TryGetList(string recordsVersion, out IReadOnlyList<BusinessPlanSummary> plans)
    {
        if (_list is { } kept && kept.RecordsVersion == recordsVersion)
        {
            plans = kept.Plans;
            return true;
        }
        plans = [];
        return false;
    }

    /// <summary>Keeps the list of plans read after the store's version was.</summary>
    internal void SetList(string recordsVersion, IReadOnlyList<BusinessPlanSummary> plans) => _list = new KeptList(recordsVersion, plans);

    private sealed record Entry(PlanStamp Stamp, BusinessPlan Plan, string? RecordsVersion);

    private sealed record KeptList(string RecordsVersion, IReadOnlyList<BusinessPlanSummary> Plans);
}

/// <summary>
/// What identifies the state of a stored plan: updates and reviews are only ever appended (a row
/// is deleted only when a revision drops its action, which moves the revision), so their counts and
/// highest ids change with every write. The count catches a row committed late with a lower id.
/// </summary>
internal readonly record struct PlanStamp(int Revision, Instant? ArchivedAt, int Updates, int? LastUpdateId, int Reviews, int? LastReviewId);
