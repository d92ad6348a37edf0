using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Keeps the LADO's allegations register in the database (<c>AllegationCases</c>), one row per case
/// under its unique reference. It checks no permission and logs nothing: read and write through
/// <see cref="AllegationRegister"/>.
/// </summary>
/// <param name="context">The database context; the repository does not dispose it.</param>
public sealed class EntityFrameworkAllegationCaseRepository(SafeguardingDbContext context) : IAllegationCaseRepository
{
    private readonly SafeguardingDbContext _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<AllegationCase>> ListAsync(DateInterval? referredIn = null, CancellationToken cancellationToken = default)
    {
        var query = _context.AllegationCases.AsNoTracking();
        if (referredIn is not null)
        {
            query = query.Where(record => record.ReferredOn >= referredIn.Start && record.ReferredOn <= referredIn.End);
        }
        var records = await query.ToListAsync(cancellationToken).ConfigureAwait(false);
        // Ordered here rather than in SQL, so the order is ordinal whatever the database's collation.
        return [.. records.OrderBy(record => record.ReferredOn).ThenBy(record => record.Reference, StringComparer.Ordinal).Select(CaseRegisterRecordMapper.ToCase)];
    }

    /// <inheritdoc/>
    /// <remarks>One query for whether any row exists: no case is read.</remarks>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await SafeguardingRowQueries.AnyAsync<AllegationCaseRecord>(_context, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<AllegationCase?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var record = await _context.AllegationCases.AsNoTracking().SingleOrDefaultAsync(row => row.Reference == reference.Value, cancellationToken).ConfigureAwait(false);
        return record is null ? null : CaseRegisterRecordMapper.ToCase(record);
    }

    /// <inheritdoc/>
    /// <remarks>
    /// The cases are inserted in one save, so all or none are stored. The reference is a unique
    /// index: when another writer stores one of the same references between the check and the save,
    /// the database refuses the whole save and the references are read again and returned.
    /// </remarks>
    public async Task<IReadOnlyList<CaseReference>> AddAsync(IReadOnlyList<AllegationCase> cases, CancellationToken cancellationToken = default)
    {
        RegisterBatch.CheckDistinct(cases, allegation => allegation.Reference);
        var references = cases.Select(allegation => allegation.Reference.Value).ToList();
        var held = await HeldAsync(references, cancellationToken).ConfigureAwait(false);
        if (held.Count > 0)
        {
            return held;
        }
        _context.AllegationCases.AddRange(cases.Select(CaseRegisterRecordMapper.ToRecord));
        try
        {
            await _context.SaveAndForgetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            held = await HeldAsync(references, cancellationToken).ConfigureAwait(false);
            if (held.Count > 0)
            {
                return held;
            }
            throw;
        }
        return [];
    }

    /// <inheritdoc/>
    public async Task<bool> ReplaceAsync(AllegationCase changed, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(changed);
        var record = await _context.AllegationCases.SingleOrDefaultAsync(row => row.Reference == changed.Reference.Value, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return false;
        }
        CaseRegisterRecordMapper.Fill(record, changed);
        await _context.SaveAndForgetAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    private async Task<IReadOnlyList<CaseReference>> HeldAsync(List<string> references, CancellationToken cancellationToken)
    {
        var held = await _context.AllegationCases.AsNoTracking().Where(record => references.Contains(record.Reference)).Select(record => record.Reference)
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. held.Order(StringComparer.Ordinal).Select(reference => new CaseReference(reference))];
    }
}
