using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Storage;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The sample's pages kept by the widgets' page policy (<c>SafeguardingPageCachePolicy</c>): a kept
/// page is served again (with an Age header) only to the same person, and never once anything is
/// committed, a data file changes or the day turns; a page with a form only for the browser whose
/// antiforgery cookie its tokens were issued for, and never while a refused form's TempData waits.
/// </summary>
public class PageCacheTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] Pages = ["/", "/our-actions", "/business-plan", "/exception-report", "/progress-returns", "/scorecard", "/guides/levels-of-need"];

    private static readonly string[] Users = SampleViewers.PlanReaders;

    [Fact]
    public async Task A_page_asked_for_again_is_served_kept_and_an_update_recorded_shows_on_the_very_next_request()
    {
        using var factory = new SampleIntranetFactory();
        using var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        using var first = await GetOkAsync(client, "/business-plan");
        using var second = await GetOkAsync(client, "/business-plan");

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        var before = await second.Content.ReadAsStringAsync();
        Assert.Equal(await first.Content.ReadAsStringAsync(), before);
        Assert.Equal("Red", Rating(before, "4.3.1"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var recorded = await SampleProgress.RecordCompletedAsync(scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>(), "4.3.1");
            Assert.Equal(ProgressRecordingStatus.Recorded, recorded.Status);
        }
        using var after = await GetOkAsync(client, "/business-plan");

        Assert.Null(after.Headers.Age);
        Assert.Equal("Complete", Rating(await after.Content.ReadAsStringAsync(), "4.3.1"));
        // Security headers are on a kept page too.
        using var keptAgain = await GetOkAsync(client, "/business-plan");
        Assert.NotNull(keptAgain.Headers.Age);
        Assert.True(keptAgain.Headers.Contains("Content-Security-Policy"));
        Assert.True(keptAgain.Headers.Contains("X-Content-Type-Options"));
    }

    [Fact]
    public async Task Each_person_gets_the_page_a_host_keeping_nothing_renders_whoever_asked_first()
    {
        using var keeping = new SampleIntranetFactory();
        using var fresh = new SampleIntranetFactory();
        // A store that cannot tell its version: nothing is kept.
        using var keepingNothing = fresh.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Replace(ServiceDescriptor.Singleton<IBoardRecordsVersion>(new NoVersion()))));

        // Every person asks for every page twice, each after all the others, so the second round is served kept.
        var kept = new Dictionary<(string, string), string>();
        var servedKept = 0;
        for (var round = 0; round < 2; round++)
        {
            foreach (var user in Users)
            {
                using var client = await keeping.CreateSignedInClientAsync(user);
                foreach (var page in Pages)
                {
                    using var response = await GetOkAsync(client, page);
                    servedKept += response.Headers.Age is null ? 0 : 1;
                    kept[(user, page)] = await response.Content.ReadAsStringAsync();
                }
            }
        }

        Assert.True(servedKept >= Users.Length * (Pages.Length - 1), $"Expected the second round's pages to be served kept (all but our actions, whose forms may stop it), but {servedKept} were.");
        foreach (var user in Users)
        {
            using var client = await SampleIntranetFactory.CreateSignedInClientAsync(keepingNothing, user);
            foreach (var page in Pages)
            {
                using var response = await GetOkAsync(client, page);
                Assert.Null(response.Headers.Age);
                Assert.Equal(await response.Content.ReadAsStringAsync(), kept[(user, page)]);
            }
        }
    }

    [Fact]
    public async Task An_intranet_that_turns_keeping_pages_off_renders_every_request()
    {
        using var sample = new SampleIntranetFactory();
        using var factory = sample.WithWebHostBuilder(builder => builder.UseSetting("Intranet:KeepPages", "false"));
        using var client = await SampleIntranetFactory.CreateSignedInClientAsync(factory, "council.lead@sample.invalid");

        foreach (var page in Pages)
        {
            using var first = await GetOkAsync(client, page);
            using var second = await GetOkAsync(client, page);
            Assert.Null(second.Headers.Age);
        }
    }

    [Theory]
    [InlineData("lado@sample.invalid", "/guides/lado")]
    [InlineData("anyone", "/guides/private-fostering")]
    [InlineData("council.lead@sample.invalid", "/actions/4.3.1")]
    public async Task A_page_with_a_form_is_kept_once_the_browser_holds_its_antiforgery_cookie_and_its_kept_token_is_accepted(string user, string page)
    {
        using var factory = new SampleIntranetFactory();
        using var client = user == "anyone" ? factory.CreateClient(new() { AllowAutoRedirect = false }) : await factory.CreateSignedInClientAsync(user);

        // A browser's first form sets its antiforgery cookie (signing in did, for those signed in), so
        // that page is not kept; the next is kept for that cookie.
        using var first = await GetOkAsync(client, page);
        Assert.Equal(user == "anyone", first.Headers.TryGetValues("Set-Cookie", out var cookies) && cookies.Any(cookie => cookie.StartsWith("intranet.antiforgery=", StringComparison.Ordinal)));
        using var second = await GetOkAsync(client, page);
        using var kept = await GetOkAsync(client, page);

        Assert.Null(first.Headers.Age);
        Assert.Equal(user != "anyone", second.Headers.Age is not null);
        Assert.NotNull(kept.Headers.Age);
        var html = await kept.Content.ReadAsStringAsync();
        Assert.Equal(await second.Content.ReadAsStringAsync(), html);
        // Served kept, it still tells browsers and proxies to keep nothing.
        Assert.True(kept.Headers.CacheControl is { NoStore: true, NoCache: true }, $"Expected no-store, no-cache on the kept {page}, but got {kept.Headers.CacheControl}.");

        // The kept form's token is accepted for this browser: the check is answered, not refused.
        var form = (AngleSharp.Html.Dom.IHtmlFormElement)Parser.ParseDocument(html).QuerySelector("main form[method=post]")!;
        var (action, fields) = ProgressHost.FormFields(form, new Dictionary<string, string>());
        using var content = new FormUrlEncodedContent(fields);
        using var posted = await client.PostAsync(new Uri(string.IsNullOrEmpty(action) ? page : action, UriKind.Relative), content);
        Assert.NotEqual(HttpStatusCode.BadRequest, posted.StatusCode);
        Assert.True(posted.StatusCode is HttpStatusCode.OK or HttpStatusCode.Redirect, $"Expected the kept form's post to be answered, but got {(int)posted.StatusCode}.");
    }

    [Fact]
    public async Task A_page_kept_for_one_browser_is_never_served_to_another_and_its_token_is_refused_there()
    {
        using var factory = new SampleIntranetFactory();
        using var browser = await factory.CreateSignedInClientAsync("lado@sample.invalid");
        using var otherBrowser = await factory.CreateSignedInClientAsync("lado@sample.invalid");
        using var keptForBrowser = await KeptAsync(browser, "/guides/lado");

        // The same person in another browser (another antiforgery cookie) is rendered their own page.
        using var other = await GetOkAsync(otherBrowser, "/guides/lado");
        Assert.Null(other.Headers.Age);

        // The first browser's kept token does not pass in the other browser.
        var token = Parser.ParseDocument(await keptForBrowser.Content.ReadAsStringAsync())
            .QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var content = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var refused = await otherBrowser.PostAsync(new Uri("/guides/lado", UriKind.Relative), content);
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
    }

    [Fact]
    public async Task After_a_refused_progress_post_the_kept_action_page_is_not_served_and_the_typed_text_and_errors_show()
    {
        using var factory = new SampleIntranetFactory();
        using var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        using var kept = await KeptAsync(client, "/actions/4.3.1");

        // A statement with no rating: refused, so nothing is committed and the store's version stays.
        var page = Parser.ParseDocument(await kept.Content.ReadAsStringAsync());
        using var refused = await ProgressHost.PostFormAsync(client, page, new Dictionary<string, string>
        {
            ["AsAt"] = "2014-11-28",
            ["Statement"] = "Typed before the ratings were chosen.",
            ["Ratings[process]"] = string.Empty,
            ["Ratings[completion]"] = string.Empty,
        });
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        using var afterRefusal = await GetOkAsync(client, refused.Headers.Location!.OriginalString.Split('#')[0]);

        Assert.Null(afterRefusal.Headers.Age);
        var shown = Parser.ParseDocument(await afterRefusal.Content.ReadAsStringAsync());
        Assert.Equal("Typed before the ratings were chosen.", shown.QuerySelector("[data-sg-widget=progress-update] textarea[name=Statement]")!.TextContent.Trim());
        Assert.NotEmpty(shown.QuerySelectorAll("[data-sg-widget=progress-update] .sg-form__error a"));
        // Once shown, the errors are gone: the next visit is the plain form again.
        using var next = await GetOkAsync(client, "/actions/4.3.1");
        Assert.Empty(Parser.ParseDocument(await next.Content.ReadAsStringAsync()).QuerySelectorAll(".sg-form__error a"));
    }

    [Fact]
    public async Task The_kept_action_page_open_in_two_tabs_records_the_first_update_and_shows_the_second_as_a_conflict()
    {
        using var factory = new SampleIntranetFactory();
        using var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        using var firstTab = await KeptAsync(client, "/actions/4.3.1");
        using var secondTab = await KeptAsync(client, "/actions/4.3.1");
        var first = Parser.ParseDocument(await firstTab.Content.ReadAsStringAsync());
        var second = Parser.ParseDocument(await secondTab.Content.ReadAsStringAsync());
        // Kept, both tabs carry one form: the same idempotency key and version.
        Assert.Equal(KeyOf(first), KeyOf(second));

        using var recorded = await ProgressHost.PostFormAsync(client, first, Update("Review meeting held with the schools."));
        using var afterFirst = await GetOkAsync(client, recorded.Headers.Location!.OriginalString.Split('#')[0]);
        Assert.Contains("recorded as update", await afterFirst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        using var conflicting = await ProgressHost.PostFormAsync(client, second, Update("Review postponed to January."));
        using var afterSecond = await GetOkAsync(client, conflicting.Headers.Location!.OriginalString.Split('#')[0]);

        var shown = await afterSecond.Content.ReadAsStringAsync();
        Assert.DoesNotContain("recorded as update", shown, StringComparison.Ordinal);
        Assert.Contains("Review meeting held with the schools.", shown, StringComparison.Ordinal);
        Assert.Equal("Review postponed to January.", Parser.ParseDocument(shown).QuerySelector("[data-sg-widget=progress-update] textarea[name=Statement]")!.TextContent.Trim());
        await using var scope = factory.Services.CreateAsyncScope();
        var plan = await scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>().GetAsync(SampleProgress.PlanKey);
        Assert.Equal("Review meeting held with the schools.", plan!.FindAction("4.3.1")!.Progress[^1].Statement);

        static string KeyOf(AngleSharp.Html.Dom.IHtmlDocument page) =>
            page.QuerySelector("[data-sg-widget=progress-update] input[name=idempotencyKey]")!.GetAttribute("value")!;

        static Dictionary<string, string> Update(string statement) => new()
        {
            ["AsAt"] = "2014-11-28",
            ["Statement"] = statement,
            ["Ratings[process]"] = "G",
            ["Ratings[completion]"] = "A",
        };
    }

    [Fact]
    public async Task A_kept_page_is_rendered_afresh_when_the_day_turns_or_a_scorecard_file_changes()
    {
        var scorecards = Directory.CreateTempSubdirectory("scorecards-");
        try
        {
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "scorecards")))
            {
                File.Copy(file, Path.Combine(scorecards.FullName, Path.GetFileName(file)));
            }
            using var factory = new SampleIntranetFactory();
            using var host = factory.WithWebHostBuilder(builder => builder.UseSetting("Intranet:ScorecardFolder", scorecards.FullName));
            using var client = await SampleIntranetFactory.CreateSignedInClientAsync(host, "board.member@sample.invalid");
            await GetOkAsync(client, "/scorecard");
            using var kept = await GetOkAsync(client, "/scorecard");
            Assert.NotNull(kept.Headers.Age);

            var scorecard = scorecards.EnumerateFiles().First();
            scorecard.LastWriteTimeUtc = scorecard.LastWriteTimeUtc.AddMinutes(1);
            using var afterFileChanged = await GetOkAsync(client, "/scorecard");
            Assert.Null(afterFileChanged.Headers.Age);
            using var keptAgain = await GetOkAsync(client, "/scorecard");
            Assert.NotNull(keptAgain.Headers.Age);

            ((FakeClock)host.Services.GetRequiredService<IClock>()).Advance(Duration.FromDays(1));
            using var nextDay = await GetOkAsync(client, "/scorecard");
            Assert.Null(nextDay.Headers.Age);
        }
        finally
        {
            scorecards.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Pages_link_to_a_sign_out_page_whose_form_signs_out()
    {
        using var factory = new SampleIntranetFactory();
        using var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        var dashboard = Parser.ParseDocument(await (await GetOkAsync(client, "/")).Content.ReadAsStringAsync());
        Assert.Equal("/account/sign-out", dashboard.QuerySelector(".intranet-account a")?.GetAttribute("href"));
        Assert.Empty(dashboard.QuerySelectorAll("input[name=__RequestVerificationToken]"));

        var confirm = Parser.ParseDocument(await (await GetOkAsync(client, "/account/sign-out")).Content.ReadAsStringAsync());
        Assert.Contains("Carys Lloyd", confirm.QuerySelector(".intranet-lead")!.TextContent, StringComparison.Ordinal);
        var token = confirm.QuerySelector("main form[method=post] input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        // A sign-out posted without the form's token is refused, and signs no one out.
        using (var forged = new FormUrlEncodedContent(new Dictionary<string, string>()))
        using (var refused = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), forged))
        {
            Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        }
        (await GetOkAsync(client, "/")).Dispose();

        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token });
        using var signedOut = await client.PostAsync(new Uri("/account/sign-out", UriKind.Relative), form);
        Assert.Equal(HttpStatusCode.Redirect, signedOut.StatusCode);

        // Signed out, the kept dashboard is not served: the sign-in page is asked for.
        using var after = await client.GetAsync(new Uri("/", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.Contains("/account/sign-in", after.Headers.Location!.OriginalString, StringComparison.Ordinal);
        // Nor is the sign-out page, to someone no longer signed in.
        using var anonymousConfirm = await client.GetAsync(new Uri("/account/sign-out", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Redirect, anonymousConfirm.StatusCode);
    }

    /// <summary>Asks for a page until it is served kept (a signed-in browser's second visit), failing after three.</summary>
    private static async Task<HttpResponseMessage> KeptAsync(HttpClient client, string page)
    {
        for (var visit = 1; ; visit++)
        {
            var response = await GetOkAsync(client, page);
            if (response.Headers.Age is not null)
            {
                return response;
            }
            response.Dispose();
            Assert.True(visit < 3, $"Expected {page} to be served kept by the third visit.");
        }
    }

    private static async Task<HttpResponseMessage> GetOkAsync(HttpClient client, string page)
    {
        var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"Expected 200 from {page}, but got {(int)response.StatusCode}.");
        return response;
    }

    private static string Rating(string html, string actionRef) => SampleViewers.Rating(html, actionRef);

    private sealed class NoVersion : IBoardRecordsVersion
    {
        public ValueTask<string?> ReadAsync(CancellationToken cancellationToken = default) => ValueTask.FromResult<string?>(null);
    }
}
