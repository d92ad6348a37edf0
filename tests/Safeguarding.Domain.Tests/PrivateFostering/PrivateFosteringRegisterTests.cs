using NodaTime.Testing;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.PrivateFostering;

public class PrivateFosteringRegisterTests
{
    private static readonly BoardUser Officer = new("pf-1", "Priya Fenwick", [BoardRole.PrivateFosteringOfficer]);
    private static readonly Instant Now = Instant.FromUtc(2026, 4, 20, 8, 30);
    private static readonly CaseReference Reference = new("PF-2026-001");

    private readonly InMemoryPrivateFosteringRepository _records = new();
    private readonly InMemoryCaseAccessLog _log = new();
    private readonly PrivateFosteringRegister _register;

    public PrivateFosteringRegisterTests()
    {
        _register = new PrivateFosteringRegister(_records, _log, new FakeClock(Now));
    }

    private static BoardUser User(BoardRole role) => new($"{role}-1", role.ToString(), [role]);

    private static PrivateFosteringArrangement Arrangement(LocalDate? end = null) =>
        new(Reference, new LocalDate(2015, 7, 20), new LocalDate(2026, 4, 2))
        {
            AuthorityAwareOn = new LocalDate(2026, 4, 2),
            NotifiedOn = new LocalDate(2026, 4, 2),
            CarerRelationship = CarerRelationship.FamilyFriend,
            End = end,
        };

    [Fact]
    public async Task The_officer_adds_a_record_records_a_visit_and_sees_the_next_one_due()
    {
        Assert.True((await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement()))).IsStored);

        var overdue = await _register.VisitsDueAsync(Officer);
        var recorded = await _register.RecordVisitAsync(Officer, Reference, new PrivateFosteringVisit(new LocalDate(2026, 4, 17), ChildSeenAlone: true));
        var after = await _register.VisitsDueAsync(Officer, withinWorkingDays: 30);

        Assert.True(Assert.Single(overdue.Visits).IsOverdue);
        Assert.True(recorded.IsStored);
        Assert.Equal(new LocalDate(2026, 5, 29), Assert.Single(after.Visits).DueBy);
    }

    [Fact]
    public async Task Each_record_shown_and_written_is_logged_by_reference_and_the_figures_log_nothing()
    {
        await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement()));
        await _register.VisitsDueAsync(Officer);
        await _register.RecordVisitAsync(Officer, Reference, new PrivateFosteringVisit(new LocalDate(2026, 4, 17), true));
        await _register.GetAsync(Officer, Reference);
        await _register.AnnualFiguresAsync(User(BoardRole.BoardMember), new FinancialYear(2026));

        var log = await _log.ListAsync(CaseRegister.PrivateFostering, Reference);

        Assert.Equal([CaseAccessKind.Added, CaseAccessKind.Read, CaseAccessKind.Changed, CaseAccessKind.Read], log.Select(entry => entry.Kind));
        Assert.All(log, entry => Assert.Equal(("pf-1", BoardRole.PrivateFosteringOfficer, Now), (entry.UserId, entry.Role, entry.At)));
    }

    [Theory]
    [InlineData(BoardRole.BusinessUnit, true)]
    [InlineData(BoardRole.BoardMember, true)]
    [InlineData(BoardRole.PrivateFosteringOfficer, true)]
    [InlineData(BoardRole.AgencyLead, false)]
    [InlineData(BoardRole.Lado, false)]
    [InlineData(BoardRole.Practitioner, false)]
    public async Task The_yearly_figures_are_for_the_business_unit_board_members_and_the_officer(BoardRole role, bool allowed)
    {
        var figures = Record.ExceptionAsync(() => _register.AnnualFiguresAsync(User(role), new FinancialYear(2026)));

        Assert.Equal(allowed, await figures is null);
    }

    [Theory]
    [InlineData(BoardRole.BusinessUnit)]
    [InlineData(BoardRole.BoardMember)]
    [InlineData(BoardRole.Lado)]
    [InlineData(BoardRole.AgencyLead)]
    [InlineData(BoardRole.Practitioner)]
    public async Task Only_the_officer_reads_or_writes_records_and_a_refusal_logs_nothing(BoardRole role)
    {
        await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement()));
        var user = User(role);

        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.ListAsync(user));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.GetAsync(user, Reference));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.VisitsDueAsync(user));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.RecordVisitAsync(user, Reference, new PrivateFosteringVisit(new LocalDate(2026, 4, 17), true)));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.UpdateArrangementAsync(user, Arrangement(new LocalDate(2026, 4, 18))));
        await Assert.ThrowsAsync<UnauthorizedAccessException>(() => _register.AddAsync(user, new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2026-009"), new LocalDate(2015, 1, 1), new LocalDate(2026, 4, 1)))));

        Assert.Empty((await _records.GetAsync(Reference))!.Visits);
        Assert.Equal([CaseAccessKind.Added], (await _log.ListAsync(CaseRegister.PrivateFostering)).Select(entry => entry.Kind));
    }

    [Theory]
    [InlineData(2026, 4, 21, "on or before today")]
    [InlineData(2026, 4, 1, "before the authority became aware")]
    public async Task A_visit_in_the_future_or_before_the_authority_knew_is_refused(int year, int month, int day, string expected)
    {
        await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement()));

        var result = await _register.RecordVisitAsync(Officer, Reference, new PrivateFosteringVisit(new LocalDate(year, month, day), true));

        Assert.Equal(("Visits", RegisterChangeStatus.Invalid), (Assert.Single(result.Errors).Field, result.Status));
        Assert.Contains(expected, result.Errors[0].Message, StringComparison.Ordinal);
        Assert.Empty((await _records.GetAsync(Reference))!.Visits);
    }

    [Fact]
    public async Task A_second_visit_on_the_same_day_is_refused_and_the_first_kept()
    {
        await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement()));
        await _register.RecordVisitAsync(Officer, Reference, new PrivateFosteringVisit(new LocalDate(2026, 4, 17), true));

        var again = await _register.RecordVisitAsync(Officer, Reference, new PrivateFosteringVisit(new LocalDate(2026, 4, 17), false));

        Assert.Equal("A visit on 17 April 2026 is already recorded; nothing was stored.", Assert.Single(again.Errors).Message);
        Assert.True(Assert.Single((await _records.GetAsync(Reference))!.Visits).ChildSeenAlone);
    }

    [Fact]
    public async Task Ending_an_arrangement_before_a_visit_already_recorded_is_refused()
    {
        await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement(), [new PrivateFosteringVisit(new LocalDate(2026, 4, 10), true)]));

        var result = await _register.UpdateArrangementAsync(Officer, Arrangement(end: new LocalDate(2026, 4, 9)));
        var ended = await _register.UpdateArrangementAsync(Officer, Arrangement(end: new LocalDate(2026, 4, 18)));

        Assert.Equal(RegisterChangeStatus.Invalid, result.Status);
        Assert.True(ended.IsStored);
        Assert.Empty((await _register.VisitsDueAsync(Officer, withinWorkingDays: 60)).Visits);
    }

    [Fact]
    public async Task A_record_the_authority_does_not_know_of_or_from_before_the_regulations_is_refused()
    {
        var unknown = new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2026-002"), new LocalDate(2015, 1, 1), new LocalDate(2026, 4, 1)));
        var old = new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2005-001"), new LocalDate(1995, 1, 1), new LocalDate(2005, 6, 30)) { NotifiedOn = new LocalDate(2005, 6, 30) });

        Assert.Equal(["AuthorityAwareOn"], (await _register.AddAsync(Officer, unknown)).Errors.Select(error => error.Field));
        Assert.Equal(["Start", "NotifiedOn"], (await _register.AddAsync(Officer, old)).Errors.Select(error => error.Field));
        Assert.Empty(await _records.ListAsync());
    }

    [Fact]
    public async Task A_record_already_in_the_register_is_not_added_twice()
    {
        await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement()));

        Assert.Equal(RegisterChangeStatus.AlreadyInRegister, (await _register.AddAsync(Officer, new PrivateFosteringRecord(Arrangement()))).Status);
    }

    [Fact]
    public void Ending_an_arrangement_keeps_every_other_fact()
    {
        var running = new PrivateFosteringArrangement(Reference, new LocalDate(2010, 2, 28), new LocalDate(2026, 4, 2))
        {
            IsDisabled = true,
            IntendedEnd = new LocalDate(2026, 9, 1),
            CarerRelationship = CarerRelationship.UncleOrAunt,
            CarerTie = KinshipTie.HalfBlood,
            CarerHasParentalResponsibility = true,
            Setting = CareSetting.School,
            CaredForInPersonalCapacity = true,
            ProposedOn = new LocalDate(2026, 1, 5),
            AuthorityAwareOn = new LocalDate(2026, 1, 6),
            NotifiedOn = new LocalDate(2026, 1, 7),
        };

        var ended = running.WithEnd(new LocalDate(2026, 4, 18), new LocalDate(2026, 4, 19));

        Assert.Equal((new LocalDate(2026, 4, 18), new LocalDate(2026, 4, 19)), (ended.End!.Value, ended.EndNotifiedOn!.Value));
        foreach (var property in typeof(PrivateFosteringArrangement).GetProperties().Where(property => property.Name is not ("End" or "EndNotifiedOn")))
        {
            Assert.Equal(property.GetValue(running), property.GetValue(ended));
        }
    }
}
