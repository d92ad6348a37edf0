namespace Safeguarding.Domain.Access;

/// <summary>Keeps the case access log in memory: for tests and previews. Safe with many writers at once.</summary>
public sealed class InMemoryCaseAccessLog : ICaseAccessLog
{
    private readonly List<CaseAccess> _entries = [];
    private readonly Lock _lock = new();

    /// <inheritdoc/>
    public Task RecordAsync(IReadOnlyList<CaseAccess> entries, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(entries);
        lock (_lock)
        {
            _entries.AddRange(entries);
        }
        return Task.CompletedTask;
    }

    /// <inheritdoc/>
    public Task<IReadOnlyList<CaseAccess>> ListAsync(CaseRegister caseRegister, CaseReference? reference = null, CancellationToken cancellationToken = default)
    {
        lock (_lock)
        {
            return Task.FromResult<IReadOnlyList<CaseAccess>>(
                [.. _entries.Where(entry => entry.Register == caseRegister && (reference is null || entry.Reference == reference))]);
        }
    }
}
