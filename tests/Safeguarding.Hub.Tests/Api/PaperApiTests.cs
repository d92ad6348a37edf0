using System.Net;
using System.Net.Http.Headers;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Safeguarding.BoardPapers.Tests.Support;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Api;

/// <summary>
/// The board papers through the API: each paper in each format is the paper the widgets' endpoint
/// serves for the same query (read back as CSV text, workbook cells and Word paragraphs), named in
/// Content-Disposition, for the board's own callers only; every mistake in the address a 400 naming
/// its parameter, or a 404 for what does not exist, and never a 500.
/// </summary>
public sealed partial class PaperApiTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Board = $"/api/boards/{HubHost.Herefordshire}";
    private const string Plan = $"{Board}/plans/{HubHost.HerefordshirePlan}";
    private const string Scorecard = "domestic-abuse-2015-16";
    private const string AnnualReport = $"{Board}/annual-reports/hscb-annual-report-2015-16";

    private static readonly string[] Formats = ["csv", "xlsx", "docx", "html"];

    /// <summary>Each paper the API serves with the query a board would send, in each format.</summary>
    public static TheoryData<string, string, string> PapersInEachFormat()
    {
        var data = new TheoryData<string, string, string>();
        foreach (var format in Formats)
        {
            data.Add("exception-report", "asAt=2014-11-30", format);
            data.Add("exception-report", "asAt=2014-11-30&exceptionsOnly=false&asItStoodOn=2014-11-30T12:00:00Z", format);
            data.Add("action-plan", "asAt=2014-11-30", format);
            data.Add("action-plan", "asAt=2014-11-30&agency=Herefordshire%20Council", format);
            data.Add("progress-history", "action=1.1.2", format);
            data.Add("updates-due", "asAt=2014-11-30&agency=West%20Mercia%20Police", format);
            data.Add("scorecard", string.Empty, format);
            data.Add("yearly-report", $"plan={HubHost.HerefordshirePlan}&scorecard={Scorecard}", format);
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(PapersInEachFormat))]
    public async Task Each_paper_in_each_format_is_the_one_the_widgets_serve_for_the_same_query(string paper, string query, string format)
    {
        using var api = hub.Host.ClientWithKey("business-unit");
        using var intranet = Signed("BusinessUnit");

        using var fromApi = await api.GetAsync(new Uri(ApiPath(paper, format, query), UriKind.Relative));
        using var fromWidgets = await intranet.GetAsync(new Uri(WidgetPath(paper, format, query), UriKind.Relative));

        Assert.True(fromApi.StatusCode == HttpStatusCode.OK, await fromApi.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, fromWidgets.StatusCode);
        Assert.Equal(fromWidgets.Content.Headers.ContentType!.ToString(), fromApi.Content.Headers.ContentType!.ToString());
        Assert.Equal("no-store", fromApi.Headers.CacheControl!.ToString());
        var fileName = FileName(fromApi.Content.Headers.ContentDisposition);
        Assert.Equal("attachment", fromApi.Content.Headers.ContentDisposition!.DispositionType);
        Assert.EndsWith($".{format}", fileName, StringComparison.Ordinal);
        var apiBytes = await fromApi.Content.ReadAsByteArrayAsync();
        var widgetBytes = await fromWidgets.Content.ReadAsByteArrayAsync();
        switch (format)
        {
            case "csv":
                Assert.Equal(fileName, FileName(fromWidgets.Content.Headers.ContentDisposition));
                Assert.Equal([0xEF, 0xBB, 0xBF], apiBytes.Take(3));
                Assert.Equal(Encoding.UTF8.GetString(widgetBytes), Encoding.UTF8.GetString(apiBytes));
                break;
            case "xlsx":
                Assert.Equal(fileName, FileName(fromWidgets.Content.Headers.ContentDisposition));
                Assert.Equal(OfficeReadBack.SpreadsheetText(widgetBytes), OfficeReadBack.SpreadsheetText(apiBytes));
                Assert.Contains(OfficeReadBack.Cells(apiBytes), cell => cell.Type == "date");
                break;
            case "docx":
                Assert.Equal(fileName, FileName(fromWidgets.Content.Headers.ContentDisposition));
                Assert.Equal(OfficeReadBack.DocumentText(widgetBytes), OfficeReadBack.DocumentText(apiBytes));
                Assert.Contains("Herefordshire", OfficeReadBack.DocumentText(apiBytes), StringComparison.Ordinal);
                break;
            default:
                // The intranet links its stylesheet; the API's page carries it inside, to stand alone. The page itself is the same.
                var apiPage = Encoding.UTF8.GetString(apiBytes);
                Assert.Equal(Body(Encoding.UTF8.GetString(widgetBytes)), Body(apiPage));
                Assert.Contains("<h1>", Body(apiPage), StringComparison.Ordinal);
                var style = StyleElement().Match(apiPage);
                Assert.True(style.Success, "The API's print view carries its stylesheet.");
                var hash = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(style.Groups[1].Value)));
                var policy = fromApi.Headers.GetValues("Content-Security-Policy").Single();
                Assert.Contains($"style-src 'sha256-{hash}'", policy, StringComparison.Ordinal);
                Assert.Contains("default-src 'none'", policy, StringComparison.Ordinal);
                Assert.DoesNotContain("<script", apiPage, StringComparison.OrdinalIgnoreCase);
                break;
        }
    }

    [Fact]
    public async Task The_exception_report_as_Word_is_named_after_the_plan_and_its_date()
    {
        using var api = hub.Host.ClientWithKey("council");

        using var response = await api.GetAsync(new Uri($"{Plan}/papers/exception-report.docx?asAt=2014-11-30", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{HubHost.HerefordshirePlan}-exception-report-2014-11-30.docx", FileName(response.Content.Headers.ContentDisposition));
        Assert.Contains("[Heading1] Actions to be completed by the end of", OfficeReadBack.DocumentText(await response.Content.ReadAsByteArrayAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_agency_s_client_gets_its_own_agency_s_returns_as_its_lead_does_on_the_intranet()
    {
        using var council = hub.Host.ClientWithKey("council");
        using var lead = Signed("AgencyLead:Herefordshire Council");

        var fromApi = await council.GetStringAsync(new Uri($"{Plan}/papers/updates-due.csv?asAt=2014-11-30", UriKind.Relative));
        var fromWidgets = await lead.GetStringAsync(new Uri(WidgetPath("updates-due", "csv", "asAt=2014-11-30"), UriKind.Relative));

        Assert.Equal(fromWidgets, fromApi);
        var rows = fromApi.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(rows);
        Assert.All(rows, row => Assert.Contains(",\"Herefordshire Council\",", row, StringComparison.Ordinal));
    }

    public static TheoryData<string, HttpStatusCode, string, string> BadAddresses() => new()
    {
        { $"{Plan}/papers/minutes.csv", HttpStatusCode.BadRequest, "paper", "Expected one of exception-report, action-plan, progress-history, updates-due, but found \"minutes\"" },
        { $"{Plan}/papers/scorecard.csv", HttpStatusCode.BadRequest, "paper", "but found \"scorecard\"" },
        { $"{Plan}/papers/exception-report.pdf", HttpStatusCode.BadRequest, "format", "Expected csv, xlsx, docx or html (the print view), but found \"pdf\"" },
        { $"{Plan}/papers/exception-report.csv?asAt=2014-13-45", HttpStatusCode.BadRequest, "asAt", "Expected a date written yyyy-MM-dd, such as 2014-11-30, but found \"2014-13-45\"" },
        { $"{Plan}/papers/exception-report.csv?asItStoodOn=yesterday", HttpStatusCode.BadRequest, "asItStoodOn", "but found \"yesterday\"" },
        { $"{Plan}/papers/exception-report.csv?exceptionsOnly=perhaps", HttpStatusCode.BadRequest, "exceptionsOnly", "Expected true or false, but found \"perhaps\"" },
        { $"{Plan}/papers/action-plan.xlsx?agency=Wessex%20Police", HttpStatusCode.BadRequest, "agency", "but found \"Wessex Police\"" },
        { $"{Plan}/papers/updates-due.csv?agency=Wessex%20Police", HttpStatusCode.BadRequest, "agency", "\"West Mercia Police\"" },
        { $"{Plan}/papers/progress-history.csv", HttpStatusCode.BadRequest, "action", "Expected \"action\" in the address, naming the action by its ref, such as 2.1.3" },
        { $"{Plan}/papers/progress-history.csv?action=9.9.9", HttpStatusCode.NotFound, "action", "but found \"9.9.9\"" },
        { $"{Board}/plans/no-such-plan/papers/exception-report.csv", HttpStatusCode.NotFound, "plan", "no plan with key \"no-such-plan\"" },
        { $"{Board}/scorecards/no-such-scorecard/papers/scorecard.csv", HttpStatusCode.NotFound, "scorecard", "no scorecard \"no-such-scorecard\"" },
        { $"{Board}/scorecards/{Scorecard}/papers/scorecard.pdf", HttpStatusCode.BadRequest, "format", "but found \"pdf\"" },
        { $"{Board}/annual-reports/no-such-report/papers/yearly-report.csv", HttpStatusCode.NotFound, "report", "no annual report \"no-such-report\"" },
        { $"{AnnualReport}/papers/yearly-report.csv?scorecard=no-such-scorecard", HttpStatusCode.NotFound, "scorecard", "but found \"no-such-scorecard\"" },
        { $"{AnnualReport}/papers/yearly-report.csv?plan=no-such-plan", HttpStatusCode.NotFound, "plan", "no plan with key \"no-such-plan\"" },
        { $"{AnnualReport}/papers/yearly-report.pdf", HttpStatusCode.BadRequest, "format", "but found \"pdf\"" },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task A_bad_address_is_answered_with_the_parameter_and_what_was_expected(string path, HttpStatusCode status, string field, string says)
    {
        using var api = hub.Host.ClientWithKey("business-unit");

        using var response = await api.GetAsync(new Uri(path, UriKind.Relative));

        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{path}: {(int)response.StatusCode} {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Contains(says, problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        if (status == HttpStatusCode.BadRequest)
        {
            Assert.Contains(says, string.Join(" ", problem["errors"]![field]!.AsArray().Select(message => message!.GetValue<string>())), StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("token:BusinessUnit", true)]
    [InlineData("client:business-unit", true)]
    [InlineData("token:BoardMember", true)]
    [InlineData("token:Lado", true)]
    [InlineData("token:AgencyLead:Herefordshire Council", false)]
    [InlineData("client:council", false)]
    [InlineData("token:Practitioner", false)]
    [InlineData("token:PrivateFosteringOfficer", false)]
    public async Task The_yearly_report_holds_the_LADO_s_figures_only_for_those_who_may_see_them(string caller, bool included)
    {
        using var client = Callers.For(hub.Host, caller);

        var paper = await client.GetStringAsync(new Uri($"{AnnualReport}/papers/yearly-report.csv", UriKind.Relative));

        Assert.Contains("\"What the partners did, and how effective the arrangements were\"", paper, StringComparison.Ordinal);
        Assert.Equal(included, paper.Contains("\"Allegations against people who work with children referred to the LADO\",117,", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("client:west-berkshire")]
    [InlineData("token:west-berkshire:BusinessUnit")]
    public async Task Another_board_s_callers_get_none_of_this_board_s_papers(string caller)
    {
        using var client = Callers.For(hub.Host, caller);

        foreach (var path in new[] { $"{Plan}/papers/exception-report.csv", $"{Plan}/papers/progress-history.docx?action=1.1.2", $"{Board}/scorecards/{Scorecard}/papers/scorecard.xlsx", $"{AnnualReport}/papers/yearly-report.html" })
        {
            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
            Assert.True(response.StatusCode == HttpStatusCode.Forbidden, $"GET {path} as {caller}: {(int)response.StatusCode}");
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        }
    }

    [Theory]
    [InlineData("client:council")]
    [InlineData("client:business-unit")]
    public async Task This_board_s_callers_cannot_reach_another_board_s_plan_or_scorecard_through_their_own_board(string caller)
    {
        using var client = Callers.For(hub.Host, caller);

        using var plan = await client.GetAsync(new Uri($"{Board}/plans/{HubHost.WestBerkshirePlan}/papers/action-plan.csv", UriKind.Relative));
        using var otherBoard = await client.GetAsync(new Uri($"/api/boards/{HubHost.WestBerkshire}/plans/{HubHost.WestBerkshirePlan}/papers/action-plan.csv", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, plan.StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, otherBoard.StatusCode);
    }

    [Fact]
    public async Task The_papers_operations_are_documented_with_their_content_types()
    {
        using var client = hub.Host.CreateClient();
        var paths = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!["paths"]!;

        foreach (var path in new[] { "/api/boards/{board}/plans/{plan}/papers/{paper}.{format}", "/api/boards/{board}/scorecards/{scorecard}/papers/scorecard.{format}", "/api/boards/{board}/annual-reports/{report}/papers/yearly-report.{format}" })
        {
            var operation = paths[path]!["get"]!;
            Assert.False(string.IsNullOrWhiteSpace(operation["description"]?.GetValue<string>()), path);
            Assert.Equal(
                ["text/csv", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "text/html"],
                operation["responses"]!["200"]!["content"]!.AsObject().Select(content => content.Key));
            Assert.NotNull(operation["responses"]!["400"]!["content"]!["application/problem+json"]);
        }
    }

    private static string ApiPath(string paper, string format, string query) => paper switch
    {
        "scorecard" => $"{Board}/scorecards/{Scorecard}/papers/scorecard.{format}",
        "yearly-report" => $"{AnnualReport}/papers/yearly-report.{format}?{query}",
        _ => $"{Plan}/papers/{paper}.{format}?{query}",
    };

    private static string WidgetPath(string paper, string format, string query) => paper switch
    {
        "scorecard" => $"/safeguarding/papers/scorecard.{format}?scorecard={Scorecard}",
        "yearly-report" => $"/safeguarding/papers/yearly-report.{format}?{query}",
        _ => $"/safeguarding/papers/{paper}.{format}?plan={HubHost.HerefordshirePlan}&{query}",
    };

    // One of the host's own people on its intranet, as the widgets' links are followed.
    private HttpClient Signed(string user)
    {
        var client = hub.Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-User", user);
        return client;
    }

    private static string FileName(ContentDispositionHeaderValue? disposition) =>
        Assert.IsType<string>(disposition?.FileNameStar ?? disposition?.FileName?.Trim('"'));

    private static string Body(string page) => page[page.IndexOf("<body", StringComparison.Ordinal)..];

    [GeneratedRegex("<style>(.*?)</style>", RegexOptions.Singleline)]
    private static partial Regex StyleElement();
}
