using System.Text;
using NodaTime.Testing;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Reporting;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Allegations;

public class AllegationRegisterTests
{
    private static readonly BoardUser Lado = new("lado-1", "Lee Adeyemi", [BoardRole.Lado]);
    private static readonly Instant Now = Instant.FromUtc(2016, 6, 30, 9, 0);

    private readonly InMemoryAllegationCaseRepository _cases = new();
    private readonly InMemoryCaseAccessLog _log = new();
    private readonly AllegationRegister _register;

    public AllegationRegisterTests()
    {
        _register = new AllegationRegister(_cases, _log, new FakeClock(Now));
    }

    private static BoardUser User(BoardRole role) => new($"{role}-1", role.ToString(), [role]);

    private static AllegationCase Case(string reference, LocalDate referred, LocalDate? closed = null) =>
        new(new CaseReference(reference), referred) { ClosedOn = closed, ReferringSector = AgencySector.Education };

    private async Task<AllegationImportResult> ImportAsync(string csv, BoardUser? user = null) =>
        await _register.ImportAsync(user ?? Lado, new MemoryStream(Encoding.UTF8.GetBytes(csv)), "lado-register.csv");

    [Fact]
    public async Task A_register_of_117_cases_in_the_published_bands_reproduces_seed_003s_LADO_figures()
    {
        var published = AnnualReportReader.ReadFile(Path.Combine(RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json")).Allegations;
        Assert.True((await ImportAsync(LadoRegisterSpreadsheets.Herefordshire2015To16())).IsStored);

        var figures = await _register.AnnualSummaryAsync(User(BoardRole.BoardMember), new FinancialYear(2015), new LocalDate(2016, 6, 30), [LadoTimelinessTarget.Herefordshire2015To16]);

        Assert.Equal(published.Allegations, figures.Total);
        Assert.Equal((29, 39, 49, 0), (figures.ResolvedWithinOneMonth, figures.ResolvedWithinOneToThreeMonths, figures.LongerThanThreeMonths, figures.OpenUnderThreeMonths));
        Assert.Equal(published.Timeliness.ResolvedWithinOneMonthPercent, figures.PercentageOfTotal(figures.ResolvedWithinOneMonth));
        Assert.Equal(published.Timeliness.ResolvedWithinOneToThreeMonthsPercent, figures.PercentageOfTotal(figures.ResolvedWithinOneToThreeMonths));
        Assert.Equal(published.Timeliness.OpenLongerThanThreeMonthsPercent, figures.PercentageOfTotal(figures.LongerThanThreeMonths));
        // The measures against the board's target: 25% within one month and 58% within three, against 80% and 90%.
        Assert.Equal(published.Timeliness.ResolvedWithinOneMonthPercent, figures.Timeliness[0].Percentage);
        Assert.Equal(published.Timeliness.ResolvedWithinThreeMonthsPercent, figures.Timeliness[1].Percentage);
        Assert.Equal(published.Timeliness.MetOneMonthExpectation, figures.Timeliness[0].Rating == TimelinessRating.Meets);
        Assert.Equal(published.Timeliness.MetThreeMonthExpectation, figures.Timeliness[1].Rating == TimelinessRating.Meets);
        Assert.Equal((7, 2), (figures.StillOpen, figures.Exceptional));
        Assert.Equal(9.75m, figures.MonthlyReferralRate);
    }

    [Fact]
    public async Task Figures_read_by_a_board_member_log_no_case()
    {
        await _register.AddCasesAsync(Lado, [Case("LADO-2015-001", new LocalDate(2015, 5, 1), new LocalDate(2015, 5, 20))]);
        var before = (await _log.ListAsync(CaseRegister.Allegations)).Count;

        var figures = await _register.AnnualSummaryAsync(User(BoardRole.BoardMember), new FinancialYear(2015), new LocalDate(2016, 3, 31));

        Assert.Equal(1, figures.Total);
        Assert.Equal(before, (await _log.ListAsync(CaseRegister.Allegations)).Count);
    }

    [Fact]
    public async Task Every_case_the_LADO_is_shown_is_logged_with_who_when_and_the_reference_only()
    {
        await _register.AddCasesAsync(Lado, [Case("LADO-2015-001", new LocalDate(2015, 5, 1)), Case("LADO-2015-002", new LocalDate(2015, 6, 1), new LocalDate(2015, 6, 20))]);

        var open = await _register.ListCasesAsync(Lado, specification: new OpenAllegationCasesSpec(new LocalDate(2016, 6, 30)));
        await _register.GetCaseAsync(Lado, new CaseReference("LADO-2015-002"));

        Assert.Equal(["LADO-2015-001"], open.Select(allegation => allegation.Reference.Value));
        var log = await _log.ListAsync(CaseRegister.Allegations);
        Assert.Equal(
        [
            (CaseAccessKind.Added, "LADO-2015-001"), (CaseAccessKind.Added, "LADO-2015-002"),
            (CaseAccessKind.Read, "LADO-2015-001"),
            (CaseAccessKind.Read, "LADO-2015-002"),
        ], log.Select(entry => (entry.Kind, entry.Reference.Value)));
        Assert.All(log, entry => Assert.Equal(("lado-1", BoardRole.Lado, Now), (entry.UserId, entry.Role, entry.At)));
    }

    [Theory]
    [InlineData(BoardRole.BusinessUnit)]
    [InlineData(BoardRole.AgencyLead)]
    [InlineData(BoardRole.BoardMember)]
    [InlineData(BoardRole.Practitioner)]
    [InlineData(BoardRole.PrivateFosteringOfficer)]
    public async Task Only_the_LADO_may_read_or_write_cases_and_a_refusal_reads_and_logs_nothing(BoardRole role)
    {
        await _register.AddCasesAsync(Lado, [Case("LADO-2015-001", new LocalDate(2015, 5, 1))]);
        var user = User(role);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.ListCasesAsync(user));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.GetCaseAsync(user, new CaseReference("LADO-2015-001")));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.AddCasesAsync(user, [Case("LADO-2015-002", new LocalDate(2015, 5, 2))]));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.UpdateCaseAsync(user, Case("LADO-2015-001", new LocalDate(2015, 5, 1), new LocalDate(2015, 5, 9))));
        var refused = await Assert.ThrowsAsync<UnauthorizedAccessException>(() => ImportAsync("reference,referred\nLADO-2015-003,2015-05-03\n", user));

        Assert.Contains("LADO case records are for the LADO only", refused.Message, StringComparison.Ordinal);
        Assert.Single(await _cases.ListAsync());
        Assert.All(await _log.ListAsync(CaseRegister.Allegations), entry => Assert.Equal("lado-1", entry.UserId));
    }

    [Fact]
    public async Task Nobody_signed_in_may_read_cases_or_figures()
    {
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.ListCasesAsync(null));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.AnnualSummaryAsync(null, new FinancialYear(2015), new LocalDate(2016, 3, 31)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.AnnualSummaryAsync(User(BoardRole.Practitioner), new FinancialYear(2015), new LocalDate(2016, 3, 31)));
    }

    [Fact]
    public async Task A_file_with_one_bad_row_imports_nothing()
    {
        var result = await ImportAsync("reference,referred\nLADO-2015-001,2015-05-01\nLADO-2015-002,2015-13-01\n");

        Assert.Equal(RegisterChangeStatus.Invalid, result.Status);
        Assert.Equal((3L, "B"), (Assert.Single(result.Errors).Line, result.Errors[0].ColumnLetter));
        Assert.Empty(await _cases.ListAsync());
        Assert.Empty(await _log.ListAsync(CaseRegister.Allegations));
    }

    [Fact]
    public async Task A_file_holding_a_case_already_in_the_register_imports_nothing_and_names_its_line()
    {
        await _register.AddCasesAsync(Lado, [Case("LADO-2015-002", new LocalDate(2015, 5, 2))]);

        var result = await ImportAsync("referred,reference\n2015-05-01,LADO-2015-001\n2015-05-02,LADO-2015-002\n");

        Assert.Equal(RegisterChangeStatus.AlreadyInRegister, result.Status);
        Assert.Equal("lado-register.csv, line 3, column B (reference): This case is already in the register, so nothing from the file was imported. Take its row out of the file, or change the case in the register instead.",
            Assert.Single(result.Errors).ToString());
        Assert.Equal(["LADO-2015-002"], (await _cases.ListAsync()).Select(allegation => allegation.Reference.Value));
    }

    [Fact]
    public async Task A_case_is_closed_by_updating_it_and_a_closure_in_the_future_is_refused()
    {
        await _register.AddCasesAsync(Lado, [Case("LADO-2016-001", new LocalDate(2016, 5, 1))]);

        var future = await _register.UpdateCaseAsync(Lado, Case("LADO-2016-001", new LocalDate(2016, 5, 1), new LocalDate(2016, 7, 1)));
        var closed = await _register.UpdateCaseAsync(Lado, Case("LADO-2016-001", new LocalDate(2016, 5, 1), new LocalDate(2016, 6, 30)));
        var missing = await _register.UpdateCaseAsync(Lado, Case("LADO-2016-009", new LocalDate(2016, 5, 1)));

        Assert.Equal(("ClosedOn", RegisterChangeStatus.Invalid), (Assert.Single(future.Errors).Field, future.Status));
        Assert.True(closed.IsStored);
        Assert.Equal(new LocalDate(2016, 6, 30), (await _cases.GetAsync(new CaseReference("LADO-2016-001")))!.ClosedOn);
        Assert.Equal(RegisterChangeStatus.NotFound, missing.Status);
    }

    [Fact]
    public async Task Cases_added_together_are_all_stored_or_none()
    {
        var result = await _register.AddCasesAsync(Lado,
        [
            Case("LADO-2016-001", new LocalDate(2016, 5, 1)),
            new AllegationCase(new CaseReference("LADO-2016-002"), new LocalDate(2016, 5, 2)) { IsExceptional = true },
            Case("LADO-2016-001", new LocalDate(2016, 5, 3)),
        ]);

        Assert.Equal(RegisterChangeStatus.Invalid, result.Status);
        Assert.Equal(["Reference", "ExceptionalDelayReason"], result.Errors.Select(error => error.Field));
        Assert.StartsWith("LADO-2016-002: Give the reason", result.Errors[1].Message, StringComparison.Ordinal);
        Assert.Empty(await _cases.ListAsync());
    }

    [Fact]
    public async Task Cases_due_for_their_retention_review_are_listed_for_the_LADO()
    {
        await _register.AddCasesAsync(Lado,
        [
            new AllegationCase(new CaseReference("LADO-2015-001"), new LocalDate(2015, 5, 1)) { ReviewBy = new LocalDate(2016, 6, 30) },
            new AllegationCase(new CaseReference("LADO-2015-002"), new LocalDate(2015, 5, 2)) { ReviewBy = new LocalDate(2016, 7, 1) },
            new AllegationCase(new CaseReference("LADO-2015-003"), new LocalDate(2015, 5, 3)),
        ]);

        var due = await _register.ListCasesAsync(Lado, specification: new AllegationCasesDueForReviewSpec(new LocalDate(2016, 6, 30)));

        Assert.Equal(["LADO-2015-001"], due.Select(allegation => allegation.Reference.Value));
    }

    [Fact]
    public async Task A_year_open_at_its_end_counts_young_cases_in_no_band_until_three_months_pass()
    {
        await _register.AddCasesAsync(Lado,
        [
            Case("LADO-2016-001", new LocalDate(2016, 3, 1), new LocalDate(2016, 3, 20)),
            Case("LADO-2016-002", new LocalDate(2016, 1, 31)),
            Case("LADO-2016-003", new LocalDate(2015, 12, 30)),
        ]);

        // As at 31 March 2016: referred 31 January is two months old; referred 30 December is past three months.
        var figures = await _register.AnnualSummaryAsync(Lado, new FinancialYear(2015), new LocalDate(2016, 3, 31));

        Assert.Equal((1, 0, 1, 1), (figures.ResolvedWithinOneMonth, figures.ResolvedWithinOneToThreeMonths, figures.LongerThanThreeMonths, figures.OpenUnderThreeMonths));
        Assert.Equal(2, figures.StillOpen);
    }
}
