using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Keeps the case access log in a table of its own (<c>CaseAccessLog</c>): who read or wrote which
/// case, and when, never the content; rows are only ever inserted. The registers write to it before
/// they return a case, so a case whose reading could not be logged is not shown.
/// </summary>
/// <param name="context">The database context; the log does not dispose it.</param>
public sealed class EntityFrameworkCaseAccessLog(SafeguardingDbContext context) : ICaseAccessLog
{
    private readonly SafeguardingDbContext _context = context ?? throw new ArgumentNullException(nameof(context));

    /// <inheritdoc/>
    public async Task RecordAsync(IReadOnlyList<CaseAccess> entries, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(entries);
        _context.CaseAccessLog.AddRange(entries.Select(CaseRegisterRecordMapper.ToRecord));
        await _context.SaveAndForgetAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<CaseAccess>> ListAsync(CaseRegister caseRegister, CaseReference? reference = null, CancellationToken cancellationToken = default)
    {
        var name = caseRegister.ToString();
        var query = _context.CaseAccessLog.AsNoTracking().Where(record => record.Register == name);
        if (reference is not null)
        {
            query = query.Where(record => record.CaseReference == reference.Value);
        }
        var records = await query.OrderBy(record => record.Id).ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.Select(CaseRegisterRecordMapper.ToAccess)];
    }
}
