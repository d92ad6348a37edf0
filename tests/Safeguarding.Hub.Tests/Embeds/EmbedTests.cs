using System.Net;
using System.Text.RegularExpressions;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Embeds;

/// <summary>
/// Every widget at /embed/{widget} as a page an iframe shows and as a fragment: framed only by the
/// allowed intranets (frame-ancestors, and no X-Frame-Options even where antiforgery adds one), its
/// one script allowed by the page's nonce, and the widgets' stylesheet.
/// </summary>
public sealed partial class EmbedTests(HubFixture hub) : IClassFixture<HubFixture>
{
    private static readonly HtmlParser Parser = new();

    public static TheoryData<string, string> Widgets() => new()
    {
        { "rag-summary", $"plan={HubHost.HerefordshirePlan}&as-at=2014-11-30" },
        { "action-plan", $"plan={HubHost.HerefordshirePlan}&agency=Herefordshire%20Council&as-at=2014-11-30" },
        { "exception-report", $"plan={HubHost.HerefordshirePlan}&as-at=2014-11-30&exceptions-only=false" },
        { "actions-due", $"plan={HubHost.HerefordshirePlan}&agency=HSCB&days=60&as-at=2014-11-30" },
        { "updates-due", $"plan={HubHost.HerefordshirePlan}&as-at=2014-11-30" },
        { "progress-update", $"plan={HubHost.HerefordshirePlan}&action=2.1.3" },
        { "progress-history", $"plan={HubHost.HerefordshirePlan}&action=2.1.3" },
        { "rag-badge", "rating=Amber" },
        { "scorecard", "scorecard=domestic-abuse-2015-16" },
        { "levels-of-need", string.Empty },
        { "private-fostering-check", string.Empty },
        { "harm-test-check", string.Empty },
        { "lado-timeliness", string.Empty },
        { "board-attendance", string.Empty },
        { "child-protection-plans", string.Empty },
    };

    [Fact]
    public void Every_widget_of_the_package_is_embeddable()
    {
        var tested = Widgets().Select(row => (string)row[0]).Order(StringComparer.Ordinal);
        Assert.Equal(tested, Safeguarding.Hub.Embeds.EmbeddableWidgets.All.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("lado-cases")]
    [InlineData("allegation-timeliness")]
    [InlineData("private-fostering-visits-due")]
    public async Task The_case_registers_widgets_are_never_embedded_as_registers_are_not_bounded_by_board(string widget)
    {
        using var client = SignedIn("BusinessUnit");

        using var response = await client.GetAsync(new Uri($"/embed/{widget}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.DoesNotContain(widget, Safeguarding.Hub.Embeds.EmbeddableWidgets.All.Keys);
    }

    [Theory]
    [MemberData(nameof(Widgets))]
    public async Task Each_widget_is_a_page_an_allowed_intranet_may_frame(string widget, string query)
    {
        using var client = SignedIn("BusinessUnit");

        using var response = await client.GetAsync(new Uri($"/embed/{widget}?{query}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.True(response.StatusCode == HttpStatusCode.OK, $"/embed/{widget}: {(int)response.StatusCode} {html}");
        Assert.False(response.Headers.Contains("X-Frame-Options"), $"/embed/{widget} sends X-Frame-Options, which would stop the intranets framing it");
        var policy = Policy(response);
        Assert.Contains($"frame-ancestors 'self' {HubHost.AllowedIntranet}", policy, StringComparison.Ordinal);
        Assert.Equal("nosniff", response.Headers.GetValues("X-Content-Type-Options").Single());
        var nonce = NonceOf().Match(policy).Groups["nonce"].Value;
        var document = Parser.ParseDocument(html);
        var script = Assert.Single(document.Scripts);
        Assert.Equal(nonce, script.GetAttribute("nonce"));
        Assert.Contains(HubHost.AllowedIntranet, script.TextContent, StringComparison.Ordinal);
        Assert.Equal("/_content/Safeguarding.Widgets/css/safeguarding-widgets.css", document.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href"));
        Assert.Equal("en-GB", document.DocumentElement.GetAttribute("lang"));
        Assert.NotNull(document.QuerySelector("main#sg-embed [data-sg-widget], main#sg-embed .sg-rag"));
        Assert.Null(document.QuerySelector("[data-sg-widget=failed]"));
    }

    [Theory]
    [MemberData(nameof(Widgets))]
    public async Task Each_widget_is_a_bare_fragment_that_no_one_may_frame(string widget, string query)
    {
        using var client = SignedIn("BusinessUnit");

        using var response = await client.GetAsync(new Uri($"/embed/{widget}/fragment?{query}", UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("<html", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(Parser.ParseDocument(html).QuerySelector("[data-sg-widget], .sg-rag"));
        Assert.Contains("frame-ancestors 'none'", Policy(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_progress_form_embeds_with_its_antiforgery_token_and_still_no_X_Frame_Options()
    {
        using var client = SignedIn("AgencyLead:Herefordshire Council");

        using var response = await client.GetAsync(new Uri($"/embed/progress-update?plan={HubHost.HerefordshirePlan}&action=2.1.3", UriKind.Relative));
        var document = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.NotNull(document.QuerySelector("form[method=post] input[name=__RequestVerificationToken]"));
        Assert.Equal($"/embed/progress-update?plan={HubHost.HerefordshirePlan}&action=2.1.3", document.QuerySelector("input[name=returnUrl]")!.GetAttribute("value"));
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task A_fragment_fetched_from_an_allowed_intranet_may_be_read_there_and_from_elsewhere_may_not()
    {
        using var client = hub.Host.CreateClient();
        using var allowed = new HttpRequestMessage(HttpMethod.Get, new Uri("/embed/levels-of-need/fragment", UriKind.Relative));
        allowed.Headers.Add("Origin", HubHost.AllowedIntranet);
        using var other = new HttpRequestMessage(HttpMethod.Get, new Uri("/embed/levels-of-need/fragment", UriKind.Relative));
        other.Headers.Add("Origin", "http://elsewhere.test");

        using var allowedResponse = await client.SendAsync(allowed);
        using var otherResponse = await client.SendAsync(other);

        Assert.Equal(HubHost.AllowedIntranet, allowedResponse.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.False(otherResponse.Headers.Contains("Access-Control-Allow-Origin"));
    }

    [Fact]
    public async Task A_partners_server_includes_a_fragment_with_its_API_client_key()
    {
        using var client = hub.Host.ClientWithKey("wye-valley");

        using var response = await client.GetAsync(new Uri($"/embed/rag-summary/fragment?plan={HubHost.HerefordshirePlan}&as-at=2014-11-30", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-sg-widget=rag-summary]"));
    }

    [Theory]
    [InlineData("/embed/no-such-widget", HttpStatusCode.NotFound, "rag-summary")]
    [InlineData("/embed/actions-due?days=soon", HttpStatusCode.BadRequest, "days: Expected a whole number")]
    [InlineData("/embed/rag-badge?rating=Purple", HttpStatusCode.BadRequest, "rating: Expected one of")]
    [InlineData("/embed/exception-report?exceptions-only=maybe", HttpStatusCode.BadRequest, "exceptions-only: Expected true or false")]
    [InlineData("/embed/rag-summary?plan=no-such-plan", HttpStatusCode.NotFound, "has no plan")]
    [InlineData("/embed/rag-summary?board=no-such-board", HttpStatusCode.NotFound, "Name the board")]
    public async Task A_mistake_in_the_address_says_what_was_expected(string path, HttpStatusCode status, string message)
    {
        using var client = SignedIn("BusinessUnit");

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(status, response.StatusCode);
        Assert.Contains(message, WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        Assert.Contains("frame-ancestors", Policy(response), StringComparison.Ordinal);
    }

    [Fact]
    public async Task When_the_store_of_plans_cannot_be_reached_an_embed_says_so_in_words()
    {
        await using var down = await HubHost.StartAsync(services: services => services.AddSingleton<IBusinessPlanRepository, UnreachableStore>());
        using var client = down.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-User", "BoardMember");

        using var response = await client.GetAsync(new Uri($"/embed/rag-summary?plan={HubHost.HerefordshirePlan}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Contains("cannot be reached just now", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_checker_in_an_embed_answers_its_posted_form_in_the_frame()
    {
        using var client = new HttpClient(new Microsoft.AspNetCore.Mvc.Testing.Handlers.CookieContainerHandler { InnerHandler = hub.Host.CreateHandler() }) { BaseAddress = new Uri("http://localhost/") };
        var page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/embed/harm-test-check", UriKind.Relative)));
        var form = page.QuerySelector("form[method=post]")!;
        var fields = form.QuerySelectorAll("input[type=hidden]").ToDictionary(input => input.GetAttribute("name")!, input => input.GetAttribute("value") ?? string.Empty);
        fields["allegationDate"] = "2020-09-01";
        fields["limb"] = "4";

        using var response = await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));
        var answer = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("/embed/harm-test-check", form.GetAttribute("action"));
        Assert.NotNull(answer.QuerySelector("main#sg-embed [data-sg-widget=harm-test-check]"));
        Assert.Contains("LADO", answer.QuerySelector("[data-sg-widget=harm-test-check]")!.TextContent, StringComparison.Ordinal);
        Assert.False(response.Headers.Contains("X-Frame-Options"));
    }

    [Fact]
    public async Task Someone_not_signed_in_sees_the_widget_ask_them_to_sign_in()
    {
        using var client = hub.Host.CreateClient();

        using var response = await client.GetAsync(new Uri($"/embed/rag-summary?plan={HubHost.HerefordshirePlan}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("Sign in to see the board's plans", WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public void Links_to_the_hosts_pages_leave_the_frame_and_links_within_the_widget_do_not()
    {
        Assert.Equal(
            "<a target=\"_top\" href=\"/actions/2.1.3\">2.1.3</a> <a href=\"#sg-x\">x</a> <a target=\"_top\" class=\"y\" href=\"/z\">z</a> <a href=\"/w\" target=\"_blank\">w</a> <abbr>LADO</abbr>",
            Safeguarding.Hub.Embeds.EmbedEndpoints.LinksLeaveTheFrame(
                "<a href=\"/actions/2.1.3\">2.1.3</a> <a href=\"#sg-x\">x</a> <a class=\"y\" href=\"/z\">z</a> <a href=\"/w\" target=\"_blank\">w</a> <abbr>LADO</abbr>"));
    }

    [Fact]
    public async Task The_parent_pages_script_takes_heights_only_from_the_hub()
    {
        using var client = hub.Host.CreateClient();

        using var response = await client.GetAsync(new Uri("/embed/parent.js", UriKind.Relative));
        var script = await response.Content.ReadAsStringAsync();

        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("event.origin !== hubOrigin", script, StringComparison.Ordinal);
        Assert.Contains("contentWindow === event.source", script, StringComparison.Ordinal);
        // It asks embeds that loaded before it ran for their height again, on the hub's origin only.
        Assert.Contains("\"safeguarding-embed:measure\" }, hubOrigin)", script, StringComparison.Ordinal);
    }

    private sealed class UnreachableStore : IBusinessPlanRepository
    {
        public Task<IReadOnlyList<BusinessPlanSummary>> ListAsync(CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();

        public Task<BusinessPlan?> GetAsync(string key, CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();

        public Task AddAsync(BusinessPlan plan, CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();

        public Task<ProgressRecordingResult> RecordProgressAsync(string planKey, ProgressSubmission submission, CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();

        public Task<ProgressRecordingResult> ReviewProgressAsync(string planKey, ReviewSubmission review, CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();

        public Task<PlanRevisionResult> ReviseAsync(BusinessPlan revised, int expectedRevision, bool dropActionsWithProgress = false, CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();

        public Task<bool> ArchiveAsync(string planKey, Instant archivedAt, CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();

        public Task<bool> ReopenAsync(string planKey, CancellationToken cancellationToken = default) => throw new BusinessPlanStoreUnavailableException();
    }

    private HttpClient SignedIn(string user)
    {
        var client = hub.Host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Test-User", user);
        return client;
    }

    private static string Policy(HttpResponseMessage response) =>
        string.Join(" ", response.Headers.TryGetValues("Content-Security-Policy", out var values) ? values : []);

    [GeneratedRegex("script-src 'nonce-(?<nonce>[^']+)'")]
    private static partial Regex NonceOf();
}
