using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Keeps the private fostering register in the database (<c>PrivateFosteringArrangements</c> and
/// <c>PrivateFosteringVisits</c>). It checks no permission and logs nothing: read and write through
/// <see cref="PrivateFosteringRegister"/>.
/// </summary>
/// <param name="context">The database context; the repository does not dispose it.</param>
public sealed class EntityFrameworkPrivateFosteringRepository(SafeguardingDbContext context) : IPrivateFosteringRepository
{
    private readonly SafeguardingDbContext _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <inheritdoc/>
    public async Task<IReadOnlyList<PrivateFosteringRecord>> ListAsync(CancellationToken cancellationToken = default)
    {
        var records = await _context.PrivateFosteringArrangements.AsNoTracking().Include(record => record.Visits).AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.OrderBy(record => record.Start).ThenBy(record => record.Reference, StringComparer.Ordinal).Select(CaseRegisterRecordMapper.ToRecord)];
    }

    /// <inheritdoc/>
    /// <remarks>One query for whether any row exists: no record or visit is read.</remarks>
    public async Task<bool> IsEmptyAsync(CancellationToken cancellationToken = default) =>
        !await SafeguardingRowQueries.AnyAsync<PrivateFosteringArrangementRecord>(_context, cancellationToken).ConfigureAwait(false);

    /// <inheritdoc/>
    public async Task<PrivateFosteringRecord?> GetAsync(CaseReference reference, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        var record = await _context.PrivateFosteringArrangements.AsNoTracking().Include(row => row.Visits)
            .SingleOrDefaultAsync(row => row.Reference == reference.Value, cancellationToken).ConfigureAwait(false);
        return record is null ? null : CaseRegisterRecordMapper.ToRecord(record);
    }

    /// <inheritdoc/>
    public async Task<bool> AddAsync(PrivateFosteringRecord record, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(record);
        if (await ExistsAsync(record.Reference, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        _context.PrivateFosteringArrangements.Add(CaseRegisterRecordMapper.ToRecord(record));
        try
        {
            await _context.SaveAndForgetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            // Another writer may have added the same reference between the check and the save.
            if (await ExistsAsync(record.Reference, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            throw;
        }
        return true;
    }

    /// <inheritdoc/>
    public async Task<bool> ReplaceArrangementAsync(PrivateFosteringArrangement arrangement, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(arrangement);
        var record = await _context.PrivateFosteringArrangements.SingleOrDefaultAsync(row => row.Reference == arrangement.Reference.Value, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return false;
        }
        CaseRegisterRecordMapper.Fill(record, arrangement);
        await _context.SaveAndForgetAsync(cancellationToken).ConfigureAwait(false);
        return true;
    }

    /// <inheritdoc/>
    /// <remarks>The visit is one inserted row; (arrangement, day) is a unique index, so of two people recording a visit on the same day at once, one is stored and the other told.</remarks>
    public async Task<bool?> AddVisitAsync(CaseReference reference, PrivateFosteringVisit visit, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(reference);
        ArgumentNullException.ThrowIfNull(visit);
        var id = await _context.PrivateFosteringArrangements.AsNoTracking().Where(row => row.Reference == reference.Value).Select(row => (int?)row.Id)
            .SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
        if (id is not { } arrangementId)
        {
            return null;
        }
        if (await VisitExistsAsync(arrangementId, visit.Date, cancellationToken).ConfigureAwait(false))
        {
            return false;
        }
        _context.Set<PrivateFosteringVisitRecord>().Add(new PrivateFosteringVisitRecord { ArrangementId = arrangementId, Date = visit.Date, ChildSeenAlone = visit.ChildSeenAlone });
        try
        {
            await _context.SaveAndForgetAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException)
        {
            if (await VisitExistsAsync(arrangementId, visit.Date, cancellationToken).ConfigureAwait(false))
            {
                return false;
            }
            throw;
        }
        return true;
    }

    private Task<bool> ExistsAsync(CaseReference reference, CancellationToken cancellationToken) =>
        _context.PrivateFosteringArrangements.AnyAsync(row => row.Reference == reference.Value, cancellationToken);

    private Task<bool> VisitExistsAsync(int arrangementId, LocalDate date, CancellationToken cancellationToken) =>
        _context.Set<PrivateFosteringVisitRecord>().AnyAsync(row => row.ArrangementId == arrangementId && row.Date == date, cancellationToken);
}
