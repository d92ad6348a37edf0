using Ardalis.Specification;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// The LADO's allegations register, as people use it: case-level records for the LADO only, yearly
/// figures for the business unit, board members and the LADO (<see cref="BoardPermissions"/>), and
/// every case shown or written logged by reference in the <see cref="ICaseAccessLog"/> before it is
/// returned: who, when and which case, never the content.
/// </summary>
/// <remarks>
/// A refused request throws <see cref="UnauthorizedAccessException"/> saying who may, and reads
/// nothing. Cases are checked with <see cref="AllegationCaseRules"/> as at today, from the injected
/// clock, in <see cref="TimeZone"/>. A case list that could not be logged is not returned.
/// </remarks>
/// <param name="cases">Where the cases are kept.</param>
/// <param name="accessLog">Where reads and writes are logged.</param>
/// <param name="clock">The clock, for today and for the log's times.</param>
public sealed class AllegationRegister(IAllegationCaseRepository cases, ICaseAccessLog accessLog, IClock clock)
{
    private const string WhoMayReadCases = "LADO case records are for the LADO only.";
    private const string WhoMayReadFigures = "the LADO's figures are for the business unit, board members and the LADO.";

    private readonly IAllegationCaseRepository _cases = Preconditions.CheckNotNull(cases);
    private readonly ICaseAccessLog _accessLog = Preconditions.CheckNotNull(accessLog);
    private readonly IClock _clock = Preconditions.CheckNotNull(clock);

    /// <summary>Gets or sets the time zone "today" is taken in. The default is Europe/London.</summary>
    public DateTimeZone TimeZone { get; init; } = DateTimeZoneProviders.Tzdb["Europe/London"];

    private LocalDate Today => _clock.GetCurrentInstant().InZone(TimeZone).Date;

    /// <summary>Lists cases for the LADO, and logs each one shown.</summary>
    /// <param name="user">Who is reading: the LADO.</param>
    /// <param name="referredIn">Only the cases referred in these dates, such as a financial year's <see cref="FinancialYear.Interval"/>; <c>null</c> for every case.</param>
    /// <param name="specification">A further choice and order of the cases, such as <see cref="OpenAllegationCasesSpec"/>; <c>null</c> for referral order.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The cases.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the LADO.</exception>
    public async Task<IReadOnlyList<AllegationCase>> ListCasesAsync(BoardUser? user, DateInterval? referredIn = null, ISpecification<AllegationCase>? specification = null,
        CancellationToken cancellationToken = default)
    {
        var reader = CaseRegisterAccess.Demand(user, BoardActivity.ReadLadoCases, WhoMayReadCases);
        var listed = await _cases.ListAsync(referredIn, cancellationToken).ConfigureAwait(false);
        IReadOnlyList<AllegationCase> shown = specification is null ? listed : [.. specification.Evaluate(listed)];
        await LogAsync(CaseAccessKind.Read, reader, BoardActivity.ReadLadoCases, shown.Select(allegation => allegation.Reference), cancellationToken).ConfigureAwait(false);
        return shown;
    }

    /// <summary>Gets one case for the LADO, and logs it.</summary>
    /// <param name="user">Who is reading: the LADO.</param>
    /// <param name="reference">The case's reference.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The case, or <c>null</c> when the register holds none with that reference (nothing is logged then).</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the LADO.</exception>
    public async Task<AllegationCase?> GetCaseAsync(BoardUser? user, CaseReference reference, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(reference);
        var reader = CaseRegisterAccess.Demand(user, BoardActivity.ReadLadoCases, WhoMayReadCases);
        var allegation = await _cases.GetAsync(reference, cancellationToken).ConfigureAwait(false);
        if (allegation is not null)
        {
            await LogAsync(CaseAccessKind.Read, reader, BoardActivity.ReadLadoCases, [reference], cancellationToken).ConfigureAwait(false);
        }
        return allegation;
    }

    /// <summary>Adds cases, all or none, after checking each (<see cref="AllegationCaseRules"/>).</summary>
    /// <param name="user">Who is adding them: the LADO.</param>
    /// <param name="added">The cases, each with a reference of its own.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Stored; or invalid, with each problem naming its case and field; or the references already in the register. Nothing is stored unless every case is.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the LADO.</exception>
    public async Task<RegisterChangeResult> AddCasesAsync(BoardUser? user, IReadOnlyList<AllegationCase> added, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(added);
        var writer = CaseRegisterAccess.Demand(user, BoardActivity.ManageLadoCases, WhoMayReadCases);
        var references = added.Select(allegation => Preconditions.CheckNotNull(allegation).Reference).ToList();
        var today = Today;
        var errors = new List<FieldError>();
        foreach (var group in added.GroupBy(allegation => allegation.Reference).Where(group => group.Count() > 1))
        {
            errors.Add(new("Reference", $"{group.Key}: expected each case reference once, but it is given {group.Count()} times."));
        }
        errors.AddRange(added.SelectMany(allegation => AllegationCaseRules.Check(allegation, today)
            .Select(error => error with { Message = $"{allegation.Reference}: {error.Message}" })));
        if (errors.Count > 0)
        {
            return RegisterChangeResult.Invalid(references, errors);
        }
        var held = await _cases.AddAsync(added, cancellationToken).ConfigureAwait(false);
        if (held.Count > 0)
        {
            return RegisterChangeResult.AlreadyInRegister(held);
        }
        await LogAsync(CaseAccessKind.Added, writer, BoardActivity.ManageLadoCases, references, cancellationToken).ConfigureAwait(false);
        return RegisterChangeResult.Stored(references);
    }

    /// <summary>Replaces a case with its changed version, such as when it is closed with its outcome, after checking it.</summary>
    /// <param name="user">Who is changing it: the LADO.</param>
    /// <param name="changed">The case as it now stands.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Stored; or invalid, each problem naming its field; or not found.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the LADO.</exception>
    public async Task<RegisterChangeResult> UpdateCaseAsync(BoardUser? user, AllegationCase changed, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(changed);
        var writer = CaseRegisterAccess.Demand(user, BoardActivity.ManageLadoCases, WhoMayReadCases);
        var errors = AllegationCaseRules.Check(changed, Today);
        if (errors.Count > 0)
        {
            return RegisterChangeResult.Invalid([changed.Reference], errors);
        }
        if (!await _cases.ReplaceAsync(changed, cancellationToken).ConfigureAwait(false))
        {
            return RegisterChangeResult.NotFound(changed.Reference);
        }
        await LogAsync(CaseAccessKind.Changed, writer, BoardActivity.ManageLadoCases, [changed.Reference], cancellationToken).ConfigureAwait(false);
        return RegisterChangeResult.Stored([changed.Reference]);
    }

    /// <summary>
    /// Imports a LADO's existing spreadsheet saved as CSV (<see cref="AllegationSpreadsheet"/>): every
    /// case in it, or, when the file has any problem or holds a case already in the register, none.
    /// </summary>
    /// <param name="user">Who is importing: the LADO.</param>
    /// <param name="csv">The file's content, left open.</param>
    /// <param name="fileName">The file's name, for the errors.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The references imported; or every problem, each with its line and column, and nothing stored.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> is not the LADO; nothing is read.</exception>
    public async Task<AllegationImportResult> ImportAsync(BoardUser? user, Stream csv, string fileName, CancellationToken cancellationToken = default)
    {
        Preconditions.CheckNotNull(csv);
        Preconditions.CheckNotNull(fileName);
        var writer = CaseRegisterAccess.Demand(user, BoardActivity.ManageLadoCases, WhoMayReadCases);
        var contents = AllegationSpreadsheet.Read(csv, fileName, Today);
        if (!contents.IsValid)
        {
            return new(RegisterChangeStatus.Invalid, [], contents.Errors);
        }
        var held = await _cases.AddAsync(contents.Cases, cancellationToken).ConfigureAwait(false);
        if (held.Count > 0)
        {
            var referenceColumn = 1 + contents.ReferenceColumnIndex;
            return new(RegisterChangeStatus.AlreadyInRegister, [],
                [.. held.Select(reference => new SpreadsheetError(fileName, contents.LineOf(reference) ?? 0, referenceColumn, contents.ReferenceHeading,
                    "This case is already in the register, so nothing from the file was imported. Take its row out of the file, or change the case in the register instead."))
                    .OrderBy(error => error.Line)]);
        }
        var references = contents.Cases.Select(allegation => allegation.Reference).ToList();
        await LogAsync(CaseAccessKind.Added, writer, BoardActivity.ManageLadoCases, references, cancellationToken).ConfigureAwait(false);
        return new(RegisterChangeStatus.Stored, references, []);
    }

    /// <summary>
    /// Works out a year's figures from the register for the business unit, board members and the LADO:
    /// counts and shares only, no case, so nothing is logged.
    /// </summary>
    /// <param name="user">Who is reading.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="asAt">The date the figures are as at, such as today or the day the annual report was written.</param>
    /// <param name="targets">The board's dated LADO timeliness targets (<see cref="LadoTimelinessTarget"/>); <c>null</c> or empty for none.</param>
    /// <param name="previousYearTotals">Totals of earlier years for the mean; <c>null</c> for none.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The figures, with no case in them.</returns>
    /// <exception cref="UnauthorizedAccessException"><paramref name="user"/> may not read the LADO's figures.</exception>
    public async Task<AllegationAnnualSummary> AnnualSummaryAsync(BoardUser? user, FinancialYear year, LocalDate asAt, IEnumerable<LadoTimelinessTarget>? targets = null,
        IReadOnlyDictionary<FinancialYear, int>? previousYearTotals = null, CancellationToken cancellationToken = default)
    {
        CaseRegisterAccess.Demand(user, BoardActivity.ReadLadoAggregates, WhoMayReadFigures);
        var inYear = await _cases.ListAsync(year.Interval, cancellationToken).ConfigureAwait(false);
        return AllegationAnnualSummary.Of(AllegationAnnualFigures.For(inYear, year, asAt, previousYearTotals, targets));
    }

    private Task LogAsync(CaseAccessKind kind, BoardUser user, BoardActivity activity, IEnumerable<CaseReference> references, CancellationToken cancellationToken) =>
        CaseRegisterAccess.LogAsync(_accessLog, CaseRegister.Allegations, kind, user, activity, _clock.GetCurrentInstant(), references, cancellationToken);
}
