using Safeguarding.BoardPapers.Requests;
using Safeguarding.BoardPapers.Tests.Support;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.BoardPapers.Tests.Requests;

/// <summary>
/// The one builder the widgets' paper endpoint and the hub's API share: the address's values read
/// with the parameter named in each mistake, and what the data does not hold a problem that says
/// whether it is the request's fault (400) or does not exist (404) — never an exception.
/// </summary>
public class BoardPaperBuilderTests
{
    private static readonly LocalDate Today = new(2014, 11, 30);

    [Fact]
    public void Every_value_that_cannot_be_read_is_named_at_once()
    {
        var values = new Dictionary<string, string> { ["asAt"] = "30/11/2014", ["asItStoodOn"] = "yesterday", ["exceptionsOnly"] = "perhaps" };

        var request = PaperRequest.Read(BoardPaperKind.ExceptionReport, PaperFormat.Csv, values.GetValueOrDefault);

        Assert.Equal(["asAt", "asItStoodOn", "exceptionsOnly"], request.Errors.Select(error => error.Field));
        Assert.Contains("but found \"30/11/2014\"", request.Errors[0].Message, StringComparison.Ordinal);
        Assert.Equal(PaperProblemKind.Invalid, BoardPaperBuilder.Build(request, Sources()).Problem!.Kind);
    }

    [Theory]
    [InlineData("2014-12-01T10:00:00Z")]
    [InlineData("2014-12-01T11:00:00+01:00")]
    public void As_it_stood_on_is_read_in_UTC_or_with_an_offset_as_the_hubs_API_reads_it(string text)
    {
        var request = PaperRequest.Read(BoardPaperKind.ExceptionReport, PaperFormat.Csv, new Dictionary<string, string> { ["asItStoodOn"] = text }.GetValueOrDefault);

        Assert.Empty(request.Errors);
        Assert.Equal(Instant.FromUtc(2014, 12, 1, 10, 0), request.AsItStoodOn);
    }

    public static TheoryData<BoardPaperKind, string, string, string, PaperProblemKind, string> Problems() => new()
    {
        { BoardPaperKind.ActionPlan, "agency", "Wessex Police", "agency", PaperProblemKind.Invalid, "\"West Mercia Police\"" },
        { BoardPaperKind.UpdatesDue, "agency", "Wessex Police", "agency", PaperProblemKind.Invalid, "but found \"Wessex Police\"" },
        { BoardPaperKind.ProgressHistory, "action", "9.9.9", "action", PaperProblemKind.NotFound, "but found \"9.9.9\"" },
        { BoardPaperKind.ProgressHistory, "agency", "HSCB", "action", PaperProblemKind.Invalid, "Expected \"action\" in the address" },
        { BoardPaperKind.Scorecard, "scorecard", "no-such-scorecard", "scorecard", PaperProblemKind.NotFound, "but found \"no-such-scorecard\"" },
        { BoardPaperKind.Scorecard, "agency", "HSCB", "scorecard", PaperProblemKind.Invalid, "Expected \"scorecard\" in the address" },
        { BoardPaperKind.YearlyReport, "scorecard", "no-such-scorecard", "scorecard", PaperProblemKind.NotFound, "but found \"no-such-scorecard\"" },
        { BoardPaperKind.YearlyReport, "scorecard", "last-year", "scorecard", PaperProblemKind.Invalid, "Expected a scorecard for 2015-16, the yearly report's year, but \"last-year\" is for 2014-15" },
    };

    [Theory]
    [MemberData(nameof(Problems))]
    public void What_the_data_does_not_hold_is_a_problem_naming_the_parameter(BoardPaperKind paper, string parameter, string value, string field, PaperProblemKind kind, string says)
    {
        var request = PaperRequest.Read(paper, PaperFormat.Spreadsheet, name => name == parameter ? value : null);

        var built = BoardPaperBuilder.Build(request, Sources());

        Assert.Null(built.Paper);
        Assert.Equal(kind, built.Problem!.Kind);
        Assert.Equal(field, built.Problem.Field);
        Assert.Contains(says, built.Problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_agency_lead_s_returns_are_their_own_agency_s_unless_the_request_names_another()
    {
        var lead = new BoardUser("lead-1", "Carys Lloyd", [BoardRole.AgencyLead], ["Herefordshire Council"]);
        var own = PaperRequest.Read(BoardPaperKind.UpdatesDue, PaperFormat.Csv, _ => null);
        var named = PaperRequest.Read(BoardPaperKind.UpdatesDue, PaperFormat.Csv, name => name == "agency" ? "West Mercia Police" : null);

        var ownPaper = BoardPaperBuilder.Build(own, Sources(lead)).Paper!;
        var namedPaper = BoardPaperBuilder.Build(named, Sources(lead)).Paper!;
        var everyAgency = BoardPaperBuilder.Build(own, Sources(new BoardUser("bu-1", "Bernie Marsh", [BoardRole.BusinessUnit, BoardRole.AgencyLead], ["HSCB"]))).Paper!;

        Assert.StartsWith("Progress returns due: Herefordshire Council", ownPaper.Title, StringComparison.Ordinal);
        Assert.StartsWith("Progress returns due: West Mercia Police", namedPaper.Title, StringComparison.Ordinal);
        Assert.StartsWith("Progress returns due: every agency", everyAgency.Title, StringComparison.Ordinal);
        Assert.Equal(
            CsvPaperWriter.WriteToString(Safeguarding.BoardPapers.Papers.UpdatesDuePaper.Create(SeedPapers.Plan(SeedPapers.Herefordshire2014), Today, "Herefordshire Council")),
            System.Text.Encoding.UTF8.GetString(PaperWriter.Write(ownPaper, PaperFormat.Csv).Content).TrimStart('\uFEFF'));
    }

    [Fact]
    public void A_paper_is_written_with_its_media_type_and_file_name()
    {
        var request = PaperRequest.Read(BoardPaperKind.ExceptionReport, PaperFormat.Document, name => name == "asAt" ? "2014-11-30" : null);

        var written = PaperWriter.Write(BoardPaperBuilder.Build(request, Sources()).Paper!, PaperFormat.Document);

        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", written.MediaType);
        Assert.Equal("hscb-business-plan-2014-15-exception-report-2014-11-30.docx", written.FileName);
        Assert.Contains("[Heading1] Actions to be completed by the end of ", OfficeReadBack.DocumentText(written.Content), StringComparison.Ordinal);
    }

    private static PaperSources Sources(BoardUser? reader = null) => new()
    {
        Today = Today,
        Plan = SeedPapers.Plan(SeedPapers.Herefordshire2014),
        Reader = reader,
        Scorecards = key => key switch
        {
            "domestic-abuse-2015-16" => SeedPapers.DomesticAbuseScorecard,
            "last-year" => SeedPapers.DomesticAbuseScorecard with { Year = new FinancialYear(2014) },
            _ => null,
        },
        AnnualReport = () => SeedPapers.AnnualReport2015To16,
    };
}
