using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Widgets.Caching;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// Plan widgets' HTML is kept between requests and shared by viewers with the same roles and
/// agencies, yet a page never shows a rating older than the latest update recorded, and no viewer
/// gets HTML rendered for another's roles or agencies.
/// </summary>
public class RenderedWidgetCacheTests
{
    private static readonly HtmlParser Parser = new();

    private static readonly string[] Pages = ["/", "/our-actions", "/business-plan", "/exception-report", "/progress-returns"];

    private static readonly string[] Users = SampleViewers.PlanReaders;

    [Fact]
    public async Task An_update_recorded_shows_on_the_very_next_request_though_the_widgets_were_kept()
    {
        using var factory = new SampleIntranetFactory();
        using var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        var cache = factory.Services.GetRequiredService<RenderedWidgetCache>();
        var before = await client.GetStringAsync(new Uri("/our-actions", UriKind.Relative));
        var kept = cache.Count;
        var again = await client.GetStringAsync(new Uri("/our-actions", UriKind.Relative));
        Assert.True(kept > 0, "Expected the page's widgets to be kept after the first request.");
        Assert.Equal(kept, cache.Count);
        Assert.Equal(Widgets(before), Widgets(again));
        Assert.Equal("Red", Rating(before, "4.3.1"));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>();
            var recorded = await SampleProgress.RecordCompletedAsync(repository, "4.3.1");
            Assert.Equal(ProgressRecordingStatus.Recorded, recorded.Status);
        }
        var after = await client.GetStringAsync(new Uri("/our-actions", UriKind.Relative));

        Assert.Equal("Complete", Rating(after, "4.3.1"));
    }

    [Fact]
    public async Task Each_viewer_gets_the_same_html_kept_as_rendered_afresh_whoever_was_served_first()
    {
        using var kept = new SampleIntranetFactory();
        using var fresh = new SampleIntranetFactory();
        using var notKept = fresh.WithWebHostBuilder(builder => builder.ConfigureServices(services =>
            services.Configure<SafeguardingWidgetsOptions>(options => options.KeepRenderedWidgets = false)));

        // Every user asks for every page twice on the kept host, each after the others, so each
        // viewer's second request can only be served from what was kept.
        var keptPages = new Dictionary<(string, string), string>();
        for (var round = 0; round < 2; round++)
        {
            foreach (var user in Users)
            {
                using var client = await kept.CreateSignedInClientAsync(user);
                foreach (var page in Pages)
                {
                    keptPages[(user, page)] = Widgets(await GetOkAsync(client, page));
                }
            }
        }

        Assert.True(kept.Services.GetRequiredService<RenderedWidgetCache>().Count > 0);
        foreach (var user in Users)
        {
            using var client = await SampleIntranetFactory.CreateSignedInClientAsync(notKept, user);
            foreach (var page in Pages)
            {
                Assert.Equal(Widgets(await GetOkAsync(client, page)), keptPages[(user, page)]);
            }
        }
        Assert.Equal(0, notKept.Services.GetRequiredService<RenderedWidgetCache>().Count);
    }

    private static async Task<string> GetOkAsync(HttpClient client, string page)
    {
        using var response = await client.GetAsync(new Uri(page, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    // The widgets' HTML on a page (the page around them carries the viewer's own antiforgery token).
    private static string Widgets(string html) =>
        string.Join("\n", Parser.ParseDocument(html).QuerySelectorAll("[data-sg-widget]").Where(widget => widget.ParentElement?.Closest("[data-sg-widget]") is null).Select(widget => widget.OuterHtml));

    private static string Rating(string html, string actionRef) => SampleViewers.Rating(html, actionRef);
}
