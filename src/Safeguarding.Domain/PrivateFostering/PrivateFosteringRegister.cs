using Safeguarding.Domain.Access;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// The private fostering register, as people use it: records, visits due and late notifications for
/// the authority's private fostering officer; the yearly figures, which name no child, also for the
/// business unit and board members (<see cref="BoardPermissions"/>). Every record shown or written is
/// logged by reference in the <see cref="ICaseAccessLog"/> before it is returned: who, when and which
/// case, never the content.
/// </summary>
/// <remarks>
/// A refused request throws <see cref="UnauthorizedAccessException"/> saying who may, and reads
/// nothing. Records are checked with <see cref="PrivateFosteringRecordRules"/> as at today, from the
/// injected clock in <see cref="TimeZone"/>; visits are due on <see cref="Calendar"/>'s working days.
/// </remarks>
/// <param name="records">Where the records are kept.</param>
/// <param name="accessLog">Where reads and writes are logged.</param>
/// <param name="clock">The clock, for today and for the log's times.</param>
public sealed class PrivateFosteringRegister(IPrivateFosteringRepository records, ICaseAccessLog accessLog, IClock clock)
{
    private const string WhoMayKeep = "the private fostering register is kept by the authority's private fostering officer.";
    private const string WhoMayReadFigures = "the private fostering figures are for the business unit, board members and the private fostering officer.";

    private readonly IPrivateFosteringRepository _records = Preconditions.CheckNotNull(records);
    private readonly ICaseAccessLog _accessLog = Preconditions.CheckNotNull(accessLog);
    private readonly IClock _clock = Preconditions.CheckNotNull(clock);

    /// <summary>Gets or sets the time zone "today" is taken in. The default is Europe/London.</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    /// <summary>Gets or sets the working days visits are counted on. The default is <see cref="WorkingDayCalendar.EnglandAndWales"/>.</summary>
    public WorkingDayCalendar Calendar { get; init; } = WorkingDayCalendar.EnglandAndWales;

    /// <summary>Gets or sets a local grace period on notifications due immediately, or <c>null</c> (the default) for the regulations alone.</summary>
    public LocalGracePeriod? GracePeriod { get; init; }

    private LocalDate Today => _clock.GetCurrentInstant().InZone(TimeZone).Date;

    /// <summary>Lists every record for the private fostering officer, and logs each one shown.</summary>
    /// <param name="user">Who is reading.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The records, by start date.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the private fostering officer.</exception>
    public async Task<IReadOnlyList<PrivateFosteringRecord>> ListAsync(BoardUser? user, CancellationToken cancellationToken = default)
    {
        var reader = CaseRegisterAccess.Demand(user, BoardActivity.ManagePrivateFosteringRegister, WhoMayKeep);
        var listed = await _records.ListAsync(cancellationToken).ConfigureAwait(false);
        await LogAsync(CaseAccessKind.Read, reader, listed.Select(record => record.Reference), cancellationToken).ConfigureAwait(false);
        return listed;
    }

    /// <summary>Gets one record, and logs it.</summary>
    /// <param name="user">Who is reading.</param>
    /// <param name="reference">The child's case reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The record, or <c>null</c> when there is none (nothing is logged then).</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the private fostering officer.</exception>
    public async Task<PrivateFosteringRecord?> GetAsync(BoardUser? user, CaseReference reference, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reference);
        var reader = CaseRegisterAccess.Demand(user, BoardActivity.ManagePrivateFosteringRegister, WhoMayKeep);
        var record = await _records.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        if (record is not null)
        {
            await LogAsync(CaseAccessKind.Read, reader, [reference], cancellationToken).ConfigureAwait(false);
        }
        return record;
    }

    /// <summary>Adds a record, with any visits already made, after checking it.</summary>
    /// <param name="user">Who is adding it.</param>
    /// <param name="record">The record.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Stored; or invalid, each problem naming its field; or already in the register.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the private fostering officer.</exception>
    public async Task<RegisterChangeResult> AddAsync(BoardUser? user, PrivateFosteringRecord record, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(record);
        var writer = CaseRegisterAccess.Demand(user, BoardActivity.ManagePrivateFosteringRegister, WhoMayKeep);
        var errors = PrivateFosteringRecordRules.Check(record, Today);
        if (errors.Count > 0)
        {
            return RegisterChangeResult.Invalid([record.Reference], errors);
        }
        if (!await _records.AddAsync(record, cancellationToken).ConfigureAwait(false))
        {
            return RegisterChangeResult.AlreadyInRegister([record.Reference]);
        }
        await LogAsync(CaseAccessKind.Added, writer, [record.Reference], cancellationToken).ConfigureAwait(false);
        return RegisterChangeResult.Stored([record.Reference]);
    }

    /// <summary>Changes the facts of an arrangement, such as the day the child left, keeping its visits; checked with them.</summary>
    /// <param name="user">Who is changing it.</param>
    /// <param name="arrangement">The arrangement as it now stands.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Stored; or invalid, each problem naming its field; or not found.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the private fostering officer.</exception>
    public async Task<RegisterChangeResult> UpdateArrangementAsync(BoardUser? user, PrivateFosteringArrangement arrangement, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(arrangement);
        var writer = CaseRegisterAccess.Demand(user, BoardActivity.ManagePrivateFosteringRegister, WhoMayKeep);
        var current = await _records.GetAsync(arrangement.Reference, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return RegisterChangeResult.NotFound(arrangement.Reference);
        }
        var errors = PrivateFosteringRecordRules.Check(current.WithArrangement(arrangement), Today);
        if (errors.Count > 0)
        {
            return RegisterChangeResult.Invalid([arrangement.Reference], errors);
        }
        if (!await _records.ReplaceArrangementAsync(arrangement, cancellationToken).ConfigureAwait(false))
        {
            return RegisterChangeResult.NotFound(arrangement.Reference);
        }
        await LogAsync(CaseAccessKind.Changed, writer, [arrangement.Reference], cancellationToken).ConfigureAwait(false);
        return RegisterChangeResult.Stored([arrangement.Reference]);
    }

    /// <summary>Records a visit made to a privately fostered child, after checking it.</summary>
    /// <param name="user">Who is recording it.</param>
    /// <param name="reference">The child's case reference.</param>
    /// <param name="visit">The visit.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Stored; or invalid (such as a visit in the future, before the authority knew of the arrangement, or a second visit that day); or not found.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the private fostering officer.</exception>
    public async Task<RegisterChangeResult> RecordVisitAsync(BoardUser? user, CaseReference reference, PrivateFosteringVisit visit, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reference);
        Preconditions.CheckNotNull(visit);
        var writer = CaseRegisterAccess.Demand(user, BoardActivity.ManagePrivateFosteringRegister, WhoMayKeep);
        var current = await _records.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        if (current is null)
        {
            return RegisterChangeResult.NotFound(reference);
        }
        var sameDay = new FieldError("Visits", $"A visit on {DisplayDates.Format(visit.Date)} is already recorded; nothing was stored.");
        if (current.Visits.Any(made => made.Date == visit.Date))
        {
            return RegisterChangeResult.Invalid([reference], [sameDay]);
        }
        var errors = PrivateFosteringRecordRules.Check(current.WithVisit(visit), Today);
        if (errors.Count > 0)
        {
            return RegisterChangeResult.Invalid([reference], errors);
        }
        switch (await _records.AddVisitAsync(reference, visit, cancellationToken).ConfigureAwait(false))
        {
            case null:
                return RegisterChangeResult.NotFound(reference);
            case false:
                return RegisterChangeResult.Invalid([reference], [sameDay]);
        }
        await LogAsync(CaseAccessKind.Changed, writer, [reference], cancellationToken).ConfigureAwait(false);
        return RegisterChangeResult.Stored([reference]);
    }

    /// <summary>Lists the visits overdue and due, and late notifications, as at a date (<see cref="VisitsDueList"/>), and logs each case it names.</summary>
    /// <param name="user">Who is reading.</param>
    /// <param name="asAt">The date; <c>null</c> for today.</param>
    /// <param name="withinWorkingDays">How many working days ahead to look, 0 to 60. The default is 5, a working week.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The list.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the private fostering officer.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinWorkingDays"/> is outside 0 to 60.</exception>
    public async Task<VisitsDueList> VisitsDueAsync(BoardUser? user, LocalDate? asAt = null, int withinWorkingDays = 5, CancellationToken cancellationToken = default)
    {
        var reader = CaseRegisterAccess.Demand(user, BoardActivity.ManagePrivateFosteringRegister, WhoMayKeep);
        Preconditions.CheckArgumentRange(withinWorkingDays, nameof(withinWorkingDays), 0, 60);
        var listed = await _records.ListAsync(cancellationToken).ConfigureAwait(false);
        var due = VisitsDueList.For(listed, asAt ?? Today, withinWorkingDays, Calendar, GracePeriod);
        await LogAsync(CaseAccessKind.Read, reader, due.References, cancellationToken).ConfigureAwait(false);
        return due;
    }

    /// <summary>Works out a year's figures (<see cref="PrivateFosteringAnnualFigures"/>): counts and shares only, no child, so nothing is logged.</summary>
    /// <param name="user">Who is reading: the business unit, a board member or the private fostering officer.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="asAt">The date the figures are as at; <c>null</c> for today.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> may not read the figures.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date is before the year starts.</exception>
    public async Task<PrivateFosteringAnnualFigures> AnnualFiguresAsync(BoardUser? user, FinancialYear year, LocalDate? asAt = null, CancellationToken cancellationToken = default)
    {
        CaseRegisterAccess.Demand(user, BoardActivity.ReadPrivateFosteringAggregates, WhoMayReadFigures);
        var listed = await _records.ListAsync(cancellationToken).ConfigureAwait(false);
        return PrivateFosteringAnnualFigures.For(listed, year, asAt ?? Today, Calendar, GracePeriod);
    }

    private Task LogAsync(CaseAccessKind kind, BoardUser user, IEnumerable<CaseReference> references, CancellationToken cancellationToken) =>
        CaseRegisterAccess.LogAsync(_accessLog, CaseRegister.PrivateFostering, kind, user, BoardActivity.ManagePrivateFosteringRegister, _clock.GetCurrentInstant(), references, cancellationToken);
}
