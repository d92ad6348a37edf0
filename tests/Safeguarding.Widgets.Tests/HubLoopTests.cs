using System.Net;
using System.Security.Cryptography;
using System.Text;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;
using Safeguarding.Client;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// Both samples at once, the whole loop: an update recorded in the NHS trust's intranet (on the
/// client) is stored by the sample intranet's hub, shows on the council's own page for the action,
/// and in the hub's embed that a plain HTML page frames.
/// </summary>
public sealed class HubLoopTests : IDisposable
{
    private const string Secret = "Test-Only-Hub-Key";
    private static readonly HtmlParser Parser = new();
    private readonly LoopHubFactory _hub = new();

    public void Dispose() => _hub.Dispose();

    [Fact]
    public async Task An_update_recorded_in_the_partners_intranet_shows_on_the_boards_pages_and_in_its_embed()
    {
        await using var trust = new TrustFactory(_hub);
        using var partner = trust.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        await SignInToTrustAsync(partner);
        var page = Parser.ParseDocument(await partner.GetStringAsync(new Uri("/actions/2.1.3", UriKind.Relative)));
        var form = page.QuerySelector("[data-sg-widget=progress-update] form") as IHtmlFormElement;
        Assert.True(form is not null, page.QuerySelector("main")?.TextContent);
        var fields = form.Elements.OfType<IHtmlInputElement>().Where(input => input.Type == "hidden").ToDictionary(input => input.Name!, input => input.Value);
        fields["AsAt"] = "2014-11-30";
        fields["Statement"] = "Recorded at the trust, stored by the board's hub.";
        fields["Ratings[process]"] = "G";
        fields["Ratings[completion]"] = "A";

        using var posted = await partner.PostAsync(new Uri(form.GetAttribute("action")!, UriKind.Relative), new FormUrlEncodedContent(fields));

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        using var council = await _hub.CreateSignedInClientAsync("council.lead@sample.invalid");
        var councilPage = WebUtility.HtmlDecode(await council.GetStringAsync(new Uri("/actions/2.1.3", UriKind.Relative)));
        Assert.Contains("Recorded at the trust, stored by the board's hub.", councilPage, StringComparison.Ordinal);
        Assert.Contains("Nia Howell, Herefordshire Council", councilPage, StringComparison.Ordinal);
        var embed = WebUtility.HtmlDecode(await council.GetStringAsync(new Uri("/embed/progress-history?action=2.1.3", UriKind.Relative)));
        Assert.Contains("Recorded at the trust, stored by the board's hub.", embed, StringComparison.Ordinal);
    }

    private static async Task SignInToTrustAsync(HttpClient partner)
    {
        var signIn = Parser.ParseDocument(await partner.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative)));
        using var response = await partner.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "trust.lead@sample.invalid",
            ["password"] = SampleIntranetFactory.DemoPassword,
            ["__RequestVerificationToken"] = signIn.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
    }

    /// <summary>The sample intranet with one more API client, for the council (which leads 2.1.3), set by the hash of its secret.</summary>
    private sealed class LoopHubFactory : SampleIntranetFactory
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SafeguardingHub:Clients:1:Id", "council-test");
            builder.UseSetting("SafeguardingHub:Clients:1:Board", "herefordshire");
            builder.UseSetting("SafeguardingHub:Clients:1:Agency", "Herefordshire Council");
            builder.UseSetting("SafeguardingHub:Clients:1:Name", "Council partner intranet (test)");
            builder.UseSetting("SafeguardingHub:Clients:1:SecretHash", Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(Secret))));
        }
    }

    /// <summary>The NHS trust's sample intranet, its client sent to the hub in memory, its lead recording for the council's client.</summary>
    private sealed class TrustFactory(LoopHubFactory hub) : WebApplicationFactory<Safeguarding.NhsTrustIntranet.TrustOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Intranet:PlanKey", "hscb-business-plan-2014-15");
            builder.UseSetting("Intranet:Agency", "Herefordshire Council");
            builder.UseSetting("Hub:HubAddress", "http://localhost/");
            builder.UseSetting("Hub:ApiKey", $"council-test.{Secret}");
            builder.ConfigureTestServices(services =>
            {
                services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(SampleIntranetFactory.Now)));
                services.AddHttpClient<HubBusinessPlanRepository>().ConfigurePrimaryHttpMessageHandler(() => hub.Server.CreateHandler());
            });
        }
    }
}
