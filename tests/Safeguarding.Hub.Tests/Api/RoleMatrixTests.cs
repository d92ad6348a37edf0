using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Api;

/// <summary>
/// Every operation of the API against every caller: each board role (a token from the board's
/// identity provider), each agency's API client, the business unit's client, another board's client
/// and person, a revoked client, and nobody. The expected answers are written out here from the
/// board's matrix (DESIGN.md "Progress and permissions"), not asked of BoardPermissions, so that a
/// change to either shows.
/// </summary>
public sealed class RoleMatrixTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private const string Board = $"/api/boards/{HubHost.Herefordshire}";
    private const string Plan = $"{Board}/plans/{HubHost.HerefordshirePlan}";

    // 2.1.3 is led by Herefordshire Council.
    private const string CouncilAction = "2.1.3";

    private const HttpStatusCode Ok = HttpStatusCode.OK;
    private const HttpStatusCode Created = HttpStatusCode.Created;
    private const HttpStatusCode SignIn = HttpStatusCode.Unauthorized;
    private const HttpStatusCode Refused = HttpStatusCode.Forbidden;

    /// <summary>The operations, by operation id, with what each caller gets (in the order of <see cref="Callers.All"/>).</summary>
    internal static readonly Dictionary<string, HttpStatusCode[]> Expected = new(StringComparer.Ordinal)
    {
        //                                anon    BU       lead     member   LADO     pract.   PFO      council  hscb     wye      BU clnt  WB clnt  WB pers. revoked
        ["ListBoards"] = [Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok],
        ["ListPlans"] = Read(),
        ["GetPlan"] = Read(),
        ["GetPlanFile"] = Read(),
        ["ListActionRatings"] = Read(),
        ["GetAction"] = Read(),
        ["GetExceptionReport"] = Read(),
        ["GetUpdatesDue"] = Read(),
        ["GetScorecard"] = Read(),
        ["GetPlanPaper"] = Read(),
        ["GetScorecardPaper"] = Read(),
        ["GetYearlyReportPaper"] = Read(),
        ["GetAnnualFigures"] = [SignIn, Ok, Refused, Ok, Ok, Refused, Refused, Refused, Refused, Refused, Ok, Refused, Refused, SignIn],
        ["RecordProgress"] = [SignIn, Created, Created, Refused, Refused, Refused, Refused, Created, Refused, Refused, Created, Refused, Refused, SignIn],
        ["ReviewProgress"] = [SignIn, Created, Refused, Refused, Refused, Refused, Refused, Refused, Refused, Refused, Created, Refused, Refused, SignIn],
    };

    public static TheoryData<string, int> Cells() => EveryCaller(Expected.Keys);

    [Theory]
    [MemberData(nameof(Cells))]
    public async Task Each_caller_gets_what_the_board_matrix_says(string operation, int callerIndex)
    {
        var caller = Callers.All[callerIndex];
        using var client = Callers.For(hub.Host, caller);
        using var response = await SendAsync(client, operation);
        await AssertAnswerAsync(operation, caller, Expected[operation][callerIndex], response);
    }

    /// <summary>Every paper of a plan, each in a format of its own, against every caller: the board's readers, as the widgets' paper links are.</summary>
    public static TheoryData<string, int> PaperCells() =>
        EveryCaller(["exception-report.docx?asAt=2014-11-30", "action-plan.xlsx?asAt=2014-11-30", "progress-history.html?action=2.1.3", "updates-due.csv?asAt=2014-11-30"]);

    [Theory]
    [MemberData(nameof(PaperCells))]
    public async Task Each_caller_gets_each_paper_as_the_board_matrix_says(string paper, int callerIndex)
    {
        var caller = Callers.All[callerIndex];
        using var client = Callers.For(hub.Host, caller);
        using var response = await client.GetAsync(new Uri($"{Plan}/papers/{paper}", UriKind.Relative));
        await AssertAnswerAsync(paper, caller, Read()[callerIndex], response);
    }

    [Fact]
    public async Task Every_documented_operation_is_in_the_matrix_and_every_cell_is_an_operation()
    {
        using var client = hub.Host.CreateClient();
        var document = JsonNode.Parse(await client.GetStringAsync(new Uri("/openapi/v1.json", UriKind.Relative)))!;
        var operations = document["paths"]!.AsObject()
            .SelectMany(path => path.Value!.AsObject().Select(method => method.Value!["operationId"]!.GetValue<string>()))
            .Order(StringComparer.Ordinal)
            .ToList();
        Assert.Equal(Expected.Keys.Order(StringComparer.Ordinal), operations);
    }

    private static TheoryData<string, int> EveryCaller(IEnumerable<string> rows)
    {
        var data = new TheoryData<string, int>();
        foreach (var row in rows)
        {
            for (var caller = 0; caller < Callers.All.Length; caller++)
            {
                data.Add(row, caller);
            }
        }
        return data;
    }

    // The status the matrix says; a refusal as problem details that say why.
    private static async Task AssertAnswerAsync(string operation, string caller, HttpStatusCode expected, HttpResponseMessage response)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"{operation} as {caller}: expected {(int)expected}, got {(int)response.StatusCode}: {body}");
        if (!response.IsSuccessStatusCode)
        {
            Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
            Assert.False(string.IsNullOrWhiteSpace(JsonNode.Parse(body)?["detail"]?.GetValue<string>()), $"{operation} as {caller}: the problem says nothing: {body}");
        }
    }

    private static HttpStatusCode[] Read() =>
        [SignIn, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Ok, Refused, Refused, SignIn];

    private async Task<HttpResponseMessage> SendAsync(HttpClient client, string operation)
    {
        var action = hub.Host.Repository.GetAsync(HubHost.HerefordshirePlan).Result!.FindAction(CouncilAction)!;
        return operation switch
        {
            "ListBoards" => await client.GetAsync(new Uri("/api/boards", UriKind.Relative)),
            "ListPlans" => await client.GetAsync(new Uri($"{Board}/plans", UriKind.Relative)),
            "GetPlan" => await client.GetAsync(new Uri(Plan, UriKind.Relative)),
            "GetPlanFile" => await client.GetAsync(new Uri($"{Plan}/file", UriKind.Relative)),
            "ListActionRatings" => await client.GetAsync(new Uri($"{Plan}/actions?asAt=2014-11-30", UriKind.Relative)),
            "GetAction" => await client.GetAsync(new Uri($"{Plan}/actions/{CouncilAction}", UriKind.Relative)),
            "GetExceptionReport" => await client.GetAsync(new Uri($"{Plan}/exception-report?asAt=2014-11-30", UriKind.Relative)),
            "GetUpdatesDue" => await client.GetAsync(new Uri($"{Plan}/updates-due?asAt=2014-11-30", UriKind.Relative)),
            "GetScorecard" => await client.GetAsync(new Uri($"{Board}/scorecards/domestic-abuse-2015-16", UriKind.Relative)),
            "GetPlanPaper" => await client.GetAsync(new Uri($"{Plan}/papers/exception-report.csv?asAt=2014-11-30", UriKind.Relative)),
            "GetScorecardPaper" => await client.GetAsync(new Uri($"{Board}/scorecards/domestic-abuse-2015-16/papers/scorecard.xlsx", UriKind.Relative)),
            "GetYearlyReportPaper" => await client.GetAsync(new Uri($"{Board}/annual-reports/hscb-annual-report-2015-16/papers/yearly-report.docx?scorecard=domestic-abuse-2015-16", UriKind.Relative)),
            "GetAnnualFigures" => await client.GetAsync(new Uri($"{Board}/annual-reports/hscb-annual-report-2015-16", UriKind.Relative)),
            "RecordProgress" => await client.PostAsJsonAsync(new Uri($"{Plan}/actions/{CouncilAction}/progress", UriKind.Relative), new
            {
                expectedVersion = action.Version,
                idempotencyKey = Guid.NewGuid().ToString("N"),
                asAt = "2014-11-30",
                statement = "Conference decision-making plan agreed.",
                ratings = new Dictionary<string, string> { ["process"] = "G", ["completion"] = "A" },
            }),
            "ReviewProgress" => await client.PostAsJsonAsync(new Uri($"{Plan}/actions/{CouncilAction}/reviews", UriKind.Relative), new
            {
                updateNumber = await EnsureUpdateAsync(),
                outcome = "Accepted",
            }),
            _ => throw new ArgumentOutOfRangeException(nameof(operation), operation, "Expected an operation of the matrix."),
        };
    }

    // A review needs an update to review: record one as the business unit when the action has none.
    private async Task<int> EnsureUpdateAsync()
    {
        var action = (await hub.Host.Repository.GetAsync(HubHost.HerefordshirePlan))!.FindAction(CouncilAction)!;
        if (action.Version > 0)
        {
            return action.Version;
        }
        using var businessUnit = hub.Host.ClientWithKey("business-unit");
        using var recorded = await businessUnit.PostAsJsonAsync(new Uri($"{Plan}/actions/{CouncilAction}/progress", UriKind.Relative), new
        {
            expectedVersion = 0,
            asAt = "2014-11-30",
            statement = "Plan agreed.",
            ratings = new Dictionary<string, string> { ["process"] = "G", ["completion"] = "A" },
        });
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);
        return 1;
    }
}
