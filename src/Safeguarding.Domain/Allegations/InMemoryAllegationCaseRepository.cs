namespace Safeguarding.Domain.Allegations;

/// <summary>Keeps the allegations register in memory: for tests, previews and demonstrations. Safe with many writers at once.</summary>
public sealed class InMemoryAllegationCaseRepository : IAllegationCaseRepository
{
    private readonly Dictionary<CaseReference, AllegationCase> _cases = [];
    private readonly Lock _lock = new();

    /// <inheritdoc/>
    public Task<IReadOnlyList<AllegationCase>> ListAsync(DateInterval? referredIn = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<AllegationCase>>(
                [.. _cases.Values.Where(allegation => referredIn is null || referredIn.Contains(allegation.ReferredOn))
                    .OrderBy(allegation => allegation.ReferredOn)
                    .ThenBy(allegation => allegation.Reference.Value, StringComparer.Ordinal)]);
        }
    }

    /// <inheritdoc/>
    public Task<AllegationCase?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reference);
        lock (_lock)
        {
            return Task.FromResult(_cases.GetValueOrDefault(reference));
        }
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<CaseReference>> AddAsync(IReadOnlyList<AllegationCase> cases, CancellationToken cancellationToken = default)
    {
        RegisterBatch.CheckDistinct(cases, allegation => allegation.Reference);
        lock (_lock)
        {
            var held = cases.Select(allegation => allegation.Reference).Where(_cases.ContainsKey).ToList();
            if (held.Count == 0)
            {
                foreach (var allegation in cases)
                {
                    _cases.Add(allegation.Reference, allegation);
                }
            }
            return Task.FromResult<IReadOnlyList<CaseReference>>(held);
        }
    }

    /// <inheritdoc/>
    public Task<bool> ReplaceAsync(AllegationCase changed, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(changed);
        lock (_lock)
        {
            if (!_cases.ContainsKey(changed.Reference))
            {
                return Task.FromResult(false);
            }
            _cases[changed.Reference] = changed;
            return Task.FromResult(true);
        }
    }
}
