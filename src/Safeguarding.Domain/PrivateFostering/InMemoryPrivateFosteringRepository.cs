namespace Safeguarding.Domain.PrivateFostering;

/// <summary>Keeps the private fostering register in memory: for tests, previews and demonstrations. Safe with many writers at once.</summary>
public sealed class InMemoryPrivateFosteringRepository : IPrivateFosteringRepository
{
    private readonly Dictionary<CaseReference, PrivateFosteringRecord> _records = [];
    private readonly Lock _lock = new();

    /// <inheritdoc/>
    public Task<IReadOnlyList<PrivateFosteringRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<PrivateFosteringRecord>>(
                [.. _records.Values.OrderBy(record => record.Arrangement.Start).ThenBy(record => record.Reference.Value, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc/>
    public Task<PrivateFosteringRecord?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reference);
        lock (_lock)
        {
            return Task.FromResult(_records.GetValueOrDefault(reference));
        }
    }

    /// <inheritdoc/>
    public Task<bool> AddAsync(PrivateFosteringRecord record, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(record);
        lock (_lock)
        {
            return Task.FromResult(_records.TryAdd(record.Reference, record));
        }
    }

    /// <inheritdoc/>
    public Task<bool> ReplaceArrangementAsync(PrivateFosteringArrangement arrangement, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrangement);
        lock (_lock)
        {
            if (!_records.TryGetValue(arrangement.Reference, out var record))
            {
                return Task.FromResult(false);
            }
            _records[arrangement.Reference] = record.WithArrangement(arrangement);
            return Task.FromResult(true);
        }
    }

    /// <inheritdoc/>
    public Task<bool?> AddVisitAsync(CaseReference reference, PrivateFosteringVisit visit, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reference);
        Preconditions.CheckNotNull(visit);
        lock (_lock)
        {
            if (!_records.TryGetValue(reference, out var record))
            {
                return Task.FromResult<bool?>(null);
            }
            if (record.Visits.Any(made => made.Date == visit.Date))
            {
                return Task.FromResult<bool?>(false);
            }
            _records[reference] = record.WithVisit(visit);
            return Task.FromResult<bool?>(true);
        }
    }
}
