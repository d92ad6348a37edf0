using System.Text;
using NodaTime.Testing;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Domain.Tests.Readme;

/// <summary>The README's examples for the two registers say what the code does.</summary>
public class CaseRegistersReadmeExampleTests
{
    private static readonly BoardUser Lado = new("lado-1", "Lee Adeyemi", [BoardRole.Lado]);
    private static readonly BoardUser BoardMember = new("member-1", "Bo Mensah", [BoardRole.BoardMember]);
    private static readonly BoardUser Officer = new("pf-1", "Priya Fenwick", [BoardRole.PrivateFosteringOfficer]);

    [Fact]
    public async Task The_allegations_register_example()
    {
        var register = new AllegationRegister(new InMemoryAllegationCaseRepository(), new InMemoryCaseAccessLog(), new FakeClock(Instant.FromUtc(2016, 6, 30, 9, 0)));
        var imported = await register.ImportAsync(Lado, new MemoryStream(Encoding.UTF8.GetBytes(LadoRegisterSpreadsheets.Herefordshire2015To16())), "lado-register.csv");

        var open = await register.ListCasesAsync(Lado, new FinancialYear(2015).Interval, new OpenAllegationCasesSpec(new LocalDate(2016, 6, 30)));
        var year = await register.AnnualSummaryAsync(BoardMember, new FinancialYear(2015), new LocalDate(2016, 6, 30), [LadoTimelinessTarget.Herefordshire2015To16]);

        Assert.True(imported.IsStored);
        Assert.Equal(7, open.Count);
        Assert.Equal((117, 29, 39, 49), (year.Total, year.ResolvedWithinOneMonth, year.ResolvedWithinOneToThreeMonths, year.LongerThanThreeMonths));
        Assert.Equal((25, 33, 42), (year.PercentageOfTotal(29), year.PercentageOfTotal(39), year.PercentageOfTotal(49)));
    }

    [Fact]
    public void The_spreadsheet_error_in_the_readme_is_the_one_the_import_gives()
    {
        var contents = AllegationSpreadsheet.Read(new MemoryStream(Encoding.UTF8.GetBytes("reference,allegation made,employer told,referred,meeting,closed\nLADO-2015-001,,,2015-05-01,,\nLADO-2015-002,,,2015-05-01,,\nLADO-2015-003,,,2015-05-01,,\nLADO-2015-004,,,2015-05-01,,31/2/2016\n")),
            "lado-register.csv", new LocalDate(2016, 6, 30));

        const string Shown = "lado-register.csv, line 5, column F (closed): Expected a date such as 2016-03-31 or 31/03/2016";
        Assert.StartsWith(Shown, Assert.Single(contents.Errors).ToString(), StringComparison.Ordinal);
        Assert.Contains(Shown, File.ReadAllText(Path.Combine(RepositoryRoot.Path, "README.md")), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_private_fostering_register_example()
    {
        var register = new PrivateFosteringRegister(new InMemoryPrivateFosteringRepository(), new InMemoryCaseAccessLog(), new FakeClock(Instant.FromUtc(2026, 4, 20, 8, 0)));
        var arrangement = new PrivateFosteringArrangement(new CaseReference("PF-2026-014"), new LocalDate(2012, 5, 1), new LocalDate(2026, 4, 2))
        {
            CarerRelationship = CarerRelationship.GreatUncleOrGreatAunt,
            AuthorityAwareOn = new LocalDate(2026, 4, 2),
            NotifiedOn = new LocalDate(2026, 4, 2),
        };

        Assert.True((await register.AddAsync(Officer, new PrivateFosteringRecord(arrangement))).IsStored);
        var dueBefore = await register.VisitsDueAsync(Officer, withinWorkingDays: 5);
        Assert.True((await register.RecordVisitAsync(Officer, arrangement.Reference, new PrivateFosteringVisit(new LocalDate(2026, 4, 17), ChildSeenAlone: true))).IsStored);
        var year = await register.AnnualFiguresAsync(BoardMember, new FinancialYear(2026));

        Assert.Equal("PF-2026-014: visit due by 15 April 2026, overdue by 3 working days (reg 7)", Assert.Single(dueBefore.Visits).ToString());
        Assert.Equal((1, 1), (year.NotificationsReceived, year.NewArrangements));
        Assert.Equal("0 of 1 on time (0%)", year.Visits.ToString());
    }
}
