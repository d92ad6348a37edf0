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
/// committed, a data file changes or the day turns; pages with forms are never kept.
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

    [Fact]
    public async Task A_page_with_a_form_that_posts_is_never_kept()
    {
        using var factory = new SampleIntranetFactory();

        // The harm test checker, for the LADO; the progress form on one of the council's actions, for its lead.
        foreach (var (user, page) in new[] { ("lado@sample.invalid", "/guides/lado"), ("council.lead@sample.invalid", "/actions/4.3.1") })
        {
            using var client = await factory.CreateSignedInClientAsync(user);
            using var first = await GetOkAsync(client, page);
            using var second = await GetOkAsync(client, page);
            Assert.True((await second.Content.ReadAsStringAsync()).Contains("__RequestVerificationToken", StringComparison.Ordinal), $"Expected {page} to carry a form that posts.");
            Assert.Null(second.Headers.Age);
        }
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
