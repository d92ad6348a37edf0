using System.Net;
using AngleSharp.Html.Parser;
using DocumentFormat.OpenXml.Packaging;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests.Papers;

/// <summary>
/// The board papers over HTTP against the sample intranet: reachable from each widget's links, in
/// each format, for every role that may read the board's reports and for nobody else; bad addresses
/// answered with what was expected, never a 500 or a wrong paper.
/// </summary>
public class PaperEndpointTests(SampleIntranetFactory factory) : IClassFixture<SampleIntranetFactory>
{
    private const string Plan = "hscb-business-plan-2014-15";
    private const string BusinessUnit = "business.manager@sample.invalid";
    private const string CouncilLead = "council.lead@sample.invalid";
    private static readonly HtmlParser Parser = new();

    private static readonly string[] Papers =
    [
        $"/safeguarding/papers/exception-report.html?plan={Plan}&asAt=2014-11-30",
        $"/safeguarding/papers/action-plan.html?plan={Plan}&asAt=2014-11-30",
        "/safeguarding/papers/scorecard.html?scorecard=domestic-abuse-2015-16",
        $"/safeguarding/papers/progress-history.html?plan={Plan}&action=2.1.3",
        $"/safeguarding/papers/updates-due.html?plan={Plan}&asAt=2014-11-30",
    ];

    // Every role reads plans and reports (DESIGN.md "Progress and permissions"); nobody signed in is sent to sign in.
    public static TheoryData<string, string, bool> RolesAndPapers()
    {
        var data = new TheoryData<string, string, bool>();
        foreach (var user in (string[])["", BusinessUnit, CouncilLead, "hscb.lead@sample.invalid", "board.member@sample.invalid", "lado@sample.invalid", "practitioner@sample.invalid", "private.fostering@sample.invalid"])
        {
            foreach (var paper in Papers)
            {
                data.Add(user, paper, user.Length > 0);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(RolesAndPapers))]
    public async Task Board_papers_are_for_those_who_may_read_the_board_s_reports(string user, string path, bool allowed)
    {
        using var client = await ClientAsync(user);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        if (allowed)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal("no-store", response.Headers.CacheControl?.ToString());
        }
        else
        {
            Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
            Assert.Contains("/account/sign-in", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        }
    }

    public static TheoryData<string, string> WidgetPages() => new()
    {
        { "/exception-report?asAt=2014-11-30&show=all", "exception-report" },
        { "/business-plan", "action-plan" },
        { "/our-actions", "action-plan" },
        { "/scorecard", "scorecard" },
        { "/actions/2.1.3", "progress-history" },
        { "/progress-returns", "updates-due" },
    };

    [Theory]
    [MemberData(nameof(WidgetPages))]
    public async Task Every_link_under_a_widget_gives_its_paper_in_that_format(string page, string paper)
    {
        using var client = await factory.CreateSignedInClientAsync(CouncilLead);
        var document = Parser.ParseDocument(await client.GetStringAsync(new Uri(page, UriKind.Relative)));
        var links = document.QuerySelectorAll("a.sg-paper-links__link").Select(link => link.GetAttribute("href")!).Where(href => href.Contains($"/papers/{paper}.", StringComparison.Ordinal)).ToList();

        Assert.Equal(4, links.Count);
        foreach (var href in links)
        {
            using var response = await client.GetAsync(new Uri(href, UriKind.Relative));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var bytes = await response.Content.ReadAsByteArrayAsync();
            var mediaType = response.Content.Headers.ContentType!.MediaType;
            switch (href.Split('?')[0].Split('.')[^1])
            {
                case "html":
                    Assert.Equal("text/html", mediaType);
                    var print = Parser.ParseDocument(System.Text.Encoding.UTF8.GetString(bytes));
                    Assert.Equal("Herefordshire Safeguarding Children Board", print.QuerySelector(".sg-paper__board")!.TextContent);
                    Assert.Null(print.QuerySelector("nav"));
                    Assert.Empty(print.QuerySelectorAll("script"));
                    break;
                case "csv":
                    Assert.Equal("text/csv", mediaType);
                    Assert.Equal([0xEF, 0xBB, 0xBF], bytes.Take(3));
                    Assert.EndsWith(".csv", response.Content.Headers.ContentDisposition!.FileName!.Trim('"'), StringComparison.Ordinal);
                    break;
                case "xlsx":
                    using (var workbook = SpreadsheetDocument.Open(new MemoryStream(bytes), isEditable: false))
                    {
                        Assert.Single(workbook.WorkbookPart!.WorksheetParts);
                    }
                    break;
                default:
                    using (var word = WordprocessingDocument.Open(new MemoryStream(bytes), isEditable: false))
                    {
                        Assert.Contains("Herefordshire Safeguarding Children Board", word.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
                    }
                    break;
            }
        }
    }

    [Fact]
    public async Task The_exception_report_as_a_Word_document_is_named_after_the_plan_and_date()
    {
        using var client = await factory.CreateSignedInClientAsync(BusinessUnit);

        using var response = await client.GetAsync(new Uri($"/safeguarding/papers/exception-report.docx?plan={Plan}&asAt=2014-11-30", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.wordprocessingml.document", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal($"{Plan}-exception-report-2014-11-30.docx", response.Content.Headers.ContentDisposition!.FileNameStar ?? response.Content.Headers.ContentDisposition.FileName!.Trim('"'));
    }

    [Fact]
    public async Task An_agency_lead_s_returns_are_their_own_agency_s_unless_the_address_names_another()
    {
        using var client = await factory.CreateSignedInClientAsync(CouncilLead);

        var own = await client.GetStringAsync(new Uri($"/safeguarding/papers/updates-due.csv?plan={Plan}&asAt=2014-11-30", UriKind.Relative));
        var police = await client.GetStringAsync(new Uri($"/safeguarding/papers/updates-due.csv?plan={Plan}&asAt=2014-11-30&agency=West%20Mercia%20Police", UriKind.Relative));

        var ownRows = own.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1).ToList();
        Assert.NotEmpty(ownRows);
        Assert.All(ownRows, row => Assert.Contains(",\"Herefordshire Council\",", row, StringComparison.Ordinal));
        Assert.All(police.Split('\n', StringSplitOptions.RemoveEmptyEntries).Skip(1), row => Assert.Contains(",\"West Mercia Police\",", row, StringComparison.Ordinal));
    }

    public static TheoryData<string, HttpStatusCode, string> BadAddresses() => new()
    {
        { $"/safeguarding/papers/exception-report.csv?plan={Plan}&asAt=2014-13-45", HttpStatusCode.BadRequest, "Expected a date written yyyy-MM-dd, such as 2014-11-30, but found \"2014-13-45\"" },
        { $"/safeguarding/papers/exception-report.csv?plan={Plan}&asItStoodOn=yesterday", HttpStatusCode.BadRequest, "asItStoodOn" },
        { $"/safeguarding/papers/exception-report.csv?plan={Plan}&exceptionsOnly=perhaps", HttpStatusCode.BadRequest, "Expected true or false" },
        { $"/safeguarding/papers/progress-history.csv?plan={Plan}", HttpStatusCode.BadRequest, "naming the action by its ref" },
        { "/safeguarding/papers/scorecard.csv", HttpStatusCode.BadRequest, "scorecard" },
        { "/safeguarding/papers/exception-report.csv?plan=no-such-plan", HttpStatusCode.NotFound, "no-such-plan" },
        { $"/safeguarding/papers/progress-history.csv?plan={Plan}&action=9.9.9", HttpStatusCode.NotFound, "9.9.9" },
        { $"/safeguarding/papers/action-plan.csv?plan={Plan}&agency=Wessex%20Police", HttpStatusCode.BadRequest, "\"agency\":[\"Expected a lead agency of the plan" },
        { $"/safeguarding/papers/updates-due.csv?plan={Plan}&agency=Wessex%20Police", HttpStatusCode.BadRequest, "but found \"Wessex Police\"" },
        { "/safeguarding/papers/scorecard.csv?scorecard=no-such-scorecard", HttpStatusCode.NotFound, "no-such-scorecard" },
        { "/safeguarding/papers/scorecard.csv?scorecard=..%2F..%2Fappsettings", HttpStatusCode.NotFound, "scorecard" },
        { $"/safeguarding/papers/exception-report.pdf?plan={Plan}", HttpStatusCode.NotFound, "as .html (print view), .docx, .xlsx or .csv" },
        { $"/safeguarding/papers/minutes.csv?plan={Plan}", HttpStatusCode.NotFound, "exception-report" },
    };

    [Theory]
    [MemberData(nameof(BadAddresses))]
    public async Task A_bad_address_is_answered_with_what_was_expected(string path, HttpStatusCode status, string says)
    {
        using var client = await factory.CreateSignedInClientAsync(BusinessUnit);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        // The problem's JSON escapes quotes (\u0022): read it as text.
        Assert.Contains(says, System.Text.RegularExpressions.Regex.Unescape(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    private async Task<HttpClient> ClientAsync(string user) =>
        user.Length == 0
            ? factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
            : await factory.CreateSignedInClientAsync(user);
}
