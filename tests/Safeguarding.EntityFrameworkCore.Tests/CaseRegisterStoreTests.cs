using System.Text;
using Microsoft.EntityFrameworkCore;
using NodaTime.Testing;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.PrivateFostering;
using Safeguarding.Domain.Reporting;
using Safeguarding.Tests.Shared;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// The case registers and their access log in the database, through the domain's registers as
/// people use them: the LADO's spreadsheet imported whole or not at all, cases and records read back
/// field by field, visits recorded once, and every case read logged by reference in its own table.
/// </summary>
public abstract class CaseRegisterStoreTests(TestProvider databases)
{
    private static readonly BoardUser Lado = new("lado-1", "Lee Adeyemi", [BoardRole.Lado]);
    private static readonly BoardUser Officer = new("pf-1", "Priya Fenwick", [BoardRole.PrivateFosteringOfficer]);
    private static readonly BoardUser BoardMember = new("member-1", "Bo Mensah", [BoardRole.BoardMember]);
    private static readonly FakeClock Clock = new(Instant.FromUtc(2016, 6, 30, 9, 0));

    /// <summary>Makes this suite's databases: SQLite or PostgreSQL, by subclass.</summary>
    private protected TestProvider Databases { get; } = databases;

    private static AllegationRegister Allegations(SafeguardingDbContext context) =>
        new(new EntityFrameworkAllegationCaseRepository(context), new EntityFrameworkCaseAccessLog(context), Clock);

    private static PrivateFosteringRegister PrivateFostering(SafeguardingDbContext context) =>
        new(new EntityFrameworkPrivateFosteringRepository(context), new EntityFrameworkCaseAccessLog(context), Clock);

    private static MemoryStream Csv(string text) => new(Encoding.UTF8.GetBytes(text));

    [Fact]
    public async Task The_117_cases_imported_and_read_back_from_the_database_reproduce_seed_003s_LADO_figures()
    {
        var published = AnnualReportReader.ReadFile(Path.Combine(RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json")).Allegations;
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            var imported = await Allegations(context).ImportAsync(Lado, Csv(LadoRegisterSpreadsheets.Herefordshire2015To16()), "lado-register-2015-16.csv");
            Assert.True(imported.IsStored, string.Join(Environment.NewLine, imported.Errors));
        }

        await using var reading = database.NewContext();
        var figures = await Allegations(reading).AnnualSummaryAsync(BoardMember, new FinancialYear(2015), new LocalDate(2016, 6, 30), [LadoTimelinessTarget.Herefordshire2015To16]);

        Assert.Equal(published.Allegations, figures.Total);
        Assert.Equal(
            (published.Timeliness.ResolvedWithinOneMonthPercent, published.Timeliness.ResolvedWithinOneToThreeMonthsPercent, published.Timeliness.OpenLongerThanThreeMonthsPercent),
            ((decimal)figures.PercentageOfTotal(figures.ResolvedWithinOneMonth), (decimal)figures.PercentageOfTotal(figures.ResolvedWithinOneToThreeMonths), (decimal)figures.PercentageOfTotal(figures.LongerThanThreeMonths)));
        Assert.Equal(TimelinessRating.DoesNotMeet, figures.Timeliness[0].Rating);
        Assert.Equal([KeyValuePair.Create(AgencySector.Education, 59), KeyValuePair.Create(AgencySector.LocalAuthority, 58)], figures.ByEmployerSector);
    }

    [Fact]
    public async Task A_case_with_every_field_reads_back_the_same_and_its_reading_is_logged()
    {
        var original = new AllegationCase(new CaseReference("LADO-2015-001"), new LocalDate(2015, 5, 6))
        {
            AllegationMadeOn = new LocalDate(2015, 5, 4),
            EmployerToldOn = new LocalDate(2015, 5, 5),
            EvaluationOrStrategyMeetingOn = new LocalDate(2015, 5, 12),
            ClosedOn = new LocalDate(2016, 6, 1),
            ReferringAgency = "Example Academy Trust",
            ReferringSector = AgencySector.Education,
            EmployerSector = AgencySector.Voluntary,
            HarmTestLimbs = [HarmTestLimb.HarmedOrMayHaveHarmed, HarmTestLimb.MayPoseRiskOfHarm],
            Outcome = AllegationOutcome.Unsubstantiated,
            IsExceptional = true,
            ExceptionalDelayReason = "Awaiting the outcome of criminal proceedings",
            ReviewBy = new LocalDate(2025, 5, 6),
        };
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            Assert.True((await Allegations(context).AddCasesAsync(Lado, [original])).IsStored);
        }

        await using var reading = database.NewContext();
        var loaded = await Allegations(reading).GetCaseAsync(Lado, original.Reference);

        Assert.Equal(Describe(original), Describe(loaded!));
        var log = await new EntityFrameworkCaseAccessLog(reading).ListAsync(CaseRegister.Allegations, original.Reference);
        Assert.Equal([(CaseAccessKind.Added, "lado-1", BoardRole.Lado), (CaseAccessKind.Read, "lado-1", BoardRole.Lado)], log.Select(entry => (entry.Kind, entry.UserId, entry.Role)));
        Assert.All(log, entry => Assert.Equal(Clock.GetCurrentInstant(), entry.At));
    }

    [Fact]
    public async Task A_spreadsheet_holding_a_case_already_stored_imports_nothing()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await Allegations(context).ImportAsync(Lado, Csv("reference,referred\nLADO-2015-002,2015-05-02\n"), "first.csv");
        }

        await using var second = database.NewContext();
        var result = await Allegations(second).ImportAsync(Lado, Csv("reference,referred\nLADO-2015-001,2015-05-01\nLADO-2015-002,2015-05-02\nLADO-2015-003,2015-05-03\n"), "second.csv");

        Assert.Equal(RegisterChangeStatus.AlreadyInRegister, result.Status);
        Assert.Equal(3, Assert.Single(result.Errors).Line);
        Assert.Equal(1, await second.AllegationCases.CountAsync());
    }

    [Fact]
    public async Task Two_imports_of_the_same_case_at_once_store_it_once()
    {
        // A database that several connections can write at once (on SQLite, a file), holding a plan of the board's.
        await using var database = await Databases.MigratedWithAsync(SeedFiles.Plan("hscb-business-plan-2014-15.json"));
        await using var first = database.NewContext();
        await using var second = database.NewContext();
        const string Csv1 = "reference,referred\nLADO-2015-001,2015-05-01\nLADO-2015-002,2015-05-02\n";
        const string Csv2 = "reference,referred\nLADO-2015-002,2015-05-02\nLADO-2015-003,2015-05-03\n";

        var results = await Task.WhenAll(
            Allegations(first).ImportAsync(Lado, Csv(Csv1), "one.csv"),
            Allegations(second).ImportAsync(Lado, Csv(Csv2), "two.csv"));

        Assert.Single(results, result => result.IsStored);
        Assert.Single(results, result => result.Status == RegisterChangeStatus.AlreadyInRegister);
        await using var reading = database.NewContext();
        Assert.Equal(2, await reading.AllegationCases.CountAsync());
    }

    [Fact]
    public async Task A_case_closed_later_is_stored_over_the_open_one()
    {
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            await Allegations(context).AddCasesAsync(Lado, [new AllegationCase(new CaseReference("LADO-2016-001"), new LocalDate(2016, 5, 1))]);
            var closed = await Allegations(context).UpdateCaseAsync(Lado, new AllegationCase(new CaseReference("LADO-2016-001"), new LocalDate(2016, 5, 1))
            {
                ClosedOn = new LocalDate(2016, 6, 20),
                Outcome = AllegationOutcome.Unfounded,
            });
            Assert.True(closed.IsStored);
        }

        await using var reading = database.NewContext();
        var open = await Allegations(reading).ListCasesAsync(Lado, specification: new OpenAllegationCasesSpec(new LocalDate(2016, 6, 30)));
        var all = await Allegations(reading).ListCasesAsync(Lado, new FinancialYear(2016).Interval);

        Assert.Empty(open);
        Assert.Equal((new LocalDate(2016, 6, 20), AllegationOutcome.Unfounded), (all.Single().ClosedOn!.Value, all.Single().Outcome!.Value));
    }

    [Fact]
    public async Task A_private_fostering_record_with_its_visits_reads_back_the_same_and_a_second_visit_that_day_is_refused()
    {
        var arrangement = new PrivateFosteringArrangement(new CaseReference("PF-2016-001"), new LocalDate(2004, 2, 29), new LocalDate(2016, 4, 4))
        {
            IsDisabled = true,
            IntendedEnd = new LocalDate(2016, 12, 20),
            CarerRelationship = CarerRelationship.UncleOrAunt,
            CarerTie = KinshipTie.Marriage,
            Setting = CareSetting.School,
            CaredForInPersonalCapacity = true,
            ProposedOn = new LocalDate(2016, 2, 1),
            NotifiedOn = new LocalDate(2016, 2, 3),
            AuthorityAwareOn = new LocalDate(2016, 2, 3),
        };
        await using var database = await Databases.MigratedAsync();
        await using (var context = database.NewContext())
        {
            var register = PrivateFostering(context);
            Assert.True((await register.AddAsync(Officer, new PrivateFosteringRecord(arrangement, [new PrivateFosteringVisit(new LocalDate(2016, 2, 10), true)]))).IsStored);
            Assert.True((await register.RecordVisitAsync(Officer, arrangement.Reference, new PrivateFosteringVisit(new LocalDate(2016, 3, 18), false))).IsStored);
            Assert.False((await register.RecordVisitAsync(Officer, arrangement.Reference, new PrivateFosteringVisit(new LocalDate(2016, 3, 18), true))).IsStored);
            Assert.True((await register.UpdateArrangementAsync(Officer, arrangement.WithEnd(new LocalDate(2016, 6, 1)))).IsStored);
        }

        await using var reading = database.NewContext();
        var loaded = (await PrivateFostering(reading).GetAsync(Officer, arrangement.Reference))!;

        Assert.Equal(Describe(arrangement.WithEnd(new LocalDate(2016, 6, 1))), Describe(loaded.Arrangement));
        Assert.Equal([new PrivateFosteringVisit(new LocalDate(2016, 2, 10), true), new PrivateFosteringVisit(new LocalDate(2016, 3, 18), false)], loaded.Visits);
    }

    [Fact]
    public async Task Two_people_recording_the_same_visit_at_once_store_one()
    {
        var arrangement = new PrivateFosteringArrangement(new CaseReference("PF-2016-002"), new LocalDate(2008, 1, 1), new LocalDate(2016, 6, 1))
        {
            AuthorityAwareOn = new LocalDate(2016, 6, 1),
        };
        await using var database = await Databases.MigratedWithAsync(SeedFiles.Plan("hscb-business-plan-2014-15.json"));
        await using (var context = database.NewContext())
        {
            await PrivateFostering(context).AddAsync(Officer, new PrivateFosteringRecord(arrangement));
        }
        await using var first = database.NewContext();
        await using var second = database.NewContext();

        var results = await Task.WhenAll(
            new EntityFrameworkPrivateFosteringRepository(first).AddVisitAsync(arrangement.Reference, new PrivateFosteringVisit(new LocalDate(2016, 6, 8), true)),
            new EntityFrameworkPrivateFosteringRepository(second).AddVisitAsync(arrangement.Reference, new PrivateFosteringVisit(new LocalDate(2016, 6, 8), true)));

        Assert.Equal([false, true], results.Select(result => result!.Value).Order());
        await using var reading = database.NewContext();
        Assert.Single((await new EntityFrameworkPrivateFosteringRepository(reading).GetAsync(arrangement.Reference))!.Visits);
    }

    [Fact]
    public async Task The_visits_due_list_logs_each_child_it_names_and_the_yearly_figures_log_none()
    {
        await using var database = await Databases.MigratedAsync();
        await using var context = database.NewContext();
        var register = PrivateFostering(context);
        await register.AddAsync(Officer, new PrivateFosteringRecord(new PrivateFosteringArrangement(new CaseReference("PF-2016-003"), new LocalDate(2008, 1, 1), new LocalDate(2016, 6, 20))
        {
            AuthorityAwareOn = new LocalDate(2016, 6, 27),
            NotifiedOn = new LocalDate(2016, 6, 27),
        }));

        var due = await register.VisitsDueAsync(Officer);
        var figures = await register.AnnualFiguresAsync(BoardMember, new FinancialYear(2016));

        Assert.Equal(["PF-2016-003"], due.References.Select(reference => reference.Value));
        Assert.Equal((1, 1), (figures.NotificationsReceived, figures.LateNotifications));
        Assert.Equal([CaseAccessKind.Added, CaseAccessKind.Read], (await new EntityFrameworkCaseAccessLog(context).ListAsync(CaseRegister.PrivateFostering)).Select(entry => entry.Kind));
    }

    // Every public property by name and value, so a field the store drops shows by name.
    private static string Describe(object value) =>
        string.Join("; ", value.GetType().GetProperties().OrderBy(property => property.Name, StringComparer.Ordinal)
            .Select(property => $"{property.Name}={Text(property.GetValue(value))}"));

    private static string Text(object? value) => value is System.Collections.IEnumerable items and not string
        ? string.Join(",", items.Cast<object>())
        : value?.ToString() ?? "null";
}

/// <summary>The case registers on SQLite.</summary>
public sealed class SqliteCaseRegisterStoreTests() : CaseRegisterStoreTests(TestProvider.Sqlite);

/// <summary>The case registers on PostgreSQL.</summary>
[Collection(PostgreSqlSuites.Name)]
public sealed class PostgreSqlCaseRegisterStoreTests(PostgreSqlServer server) : CaseRegisterStoreTests(server);
