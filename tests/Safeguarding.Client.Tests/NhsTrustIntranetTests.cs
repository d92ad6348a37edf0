using System.Net;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;
using Safeguarding.Hub.Tests.Support;
using Safeguarding.NhsTrustIntranet;

namespace Safeguarding.Client.Tests;

/// <summary>
/// The second sample, a partner's intranet on the client: with the hub down its pages still render
/// and each widget says so in words; with the hub up, an update recorded in the partner's intranet
/// is stored on the hub and its embeds show it.
/// </summary>
public sealed class NhsTrustIntranetTests : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();
    private HubHost _hub = null!;

    public async Task InitializeAsync() => _hub = await HubHost.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task With_the_hub_down_the_dashboard_renders_and_each_widget_says_so_in_words()
    {
        await using var trust = Trust(hubUp: false);
        using var client = await SignedInAsync(trust);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Safeguarding dashboard", page.QuerySelector("h1")!.TextContent.Trim());
        var failed = page.QuerySelectorAll("[data-sg-widget=failed]");
        Assert.Equal(3, failed.Length);
        Assert.All(failed, widget => Assert.Contains("The board's hub could not be reached just now", widget.TextContent, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_update_recorded_in_the_partners_intranet_is_stored_on_the_hub_and_its_embeds_show_it()
    {
        await using var trust = Trust(hubUp: true);
        using var client = await SignedInAsync(trust);
        var page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/actions/2.1.3", UriKind.Relative)));
        var form = page.QuerySelector("[data-sg-widget=progress-update] form") as IHtmlFormElement;
        Assert.True(form is not null, page.QuerySelector("main")?.TextContent);
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(input => input.Type == "hidden")
            .ToDictionary(input => input.Name!, input => input.Value);
        fields["AsAt"] = "2014-11-30";
        fields["Statement"] = "Recorded in the trust's intranet through the hub.";
        fields["Ratings[process]"] = "G";
        fields["Ratings[completion]"] = "A";

        using var posted = await client.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var stored = (await _hub.Repository.GetAsync(HubHost.HerefordshirePlan))!.FindAction("2.1.3")!.Progress[^1];
        Assert.Equal("Recorded in the trust's intranet through the hub.", stored.Statement);
        Assert.Equal("Nia Howell, Herefordshire Council", stored.RecordedBy!.ToString());
        var back = await client.GetStringAsync(new Uri(posted.Headers.Location!.OriginalString, UriKind.Relative));
        Assert.Contains("Your update was recorded as update", back, StringComparison.Ordinal);
        using var hub = _hub.CreateClient();
        hub.DefaultRequestHeaders.Add("X-Test-User", "BoardMember");
        var embed = await hub.GetStringAsync(new Uri($"/embed/progress-history?plan={HubHost.HerefordshirePlan}&action=2.1.3", UriKind.Relative));
        Assert.Contains("Recorded in the trust&#x27;s intranet through the hub.", embed, StringComparison.Ordinal);
    }

    private TrustFactory Trust(bool hubUp) => new(hubUp ? _hub : null, hubUp ? _hub.Keys["council"] : "wye-valley-sample.unreachable");

    private static async Task<HttpClient> SignedInAsync(TrustFactory trust)
    {
        var client = trust.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = Parser.ParseDocument(await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative)));
        var token = signIn.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "trust.lead@sample.invalid",
            ["password"] = "Sample-Only-Password-1",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        return client;
    }

    private sealed class TrustFactory(HubHost? hub, string key) : WebApplicationFactory<TrustOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Intranet:PlanKey", HubHost.HerefordshirePlan);
            // The trust's lead records for the agency its client acts for: the council's, which leads 2.1.3.
            builder.UseSetting("Intranet:Agency", hub is null ? "Wye Valley NHS Trust" : "Herefordshire Council");
            builder.UseSetting("Hub:Board", HubHost.Herefordshire);
            builder.UseSetting("Hub:ApiKey", key);
            builder.UseSetting("Hub:HubAddress", hub is null ? "http://127.0.0.1:9/" : "http://localhost/");
            builder.UseSetting("Hub:Timeout", "00:00:03");
            builder.ConfigureTestServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(HubHost.Now)));
                if (hub is not null)
                {
                    services.AddHttpClient<HubBusinessPlanRepository>().ConfigurePrimaryHttpMessageHandler(hub.CreateHandler);
                }
            });
        }
    }
}
