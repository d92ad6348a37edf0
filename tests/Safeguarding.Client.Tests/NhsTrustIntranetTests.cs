using System.Net;
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
/// The second sample, a partner's intranet on the client, with the hub down: its pages still render
/// and each widget says so in words. (With the hub up, the whole loop is HubLoopTests in
/// Safeguarding.Widgets.Tests, which starts both samples.)
/// </summary>
public sealed class NhsTrustIntranetTests
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task With_the_hub_down_the_dashboard_renders_and_each_widget_says_so_in_words()
    {
        await using var trust = new HubDownFactory();
        using var client = trust.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var signIn = Parser.ParseDocument(await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative)));
        using var signedIn = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["email"] = "trust.lead@sample.invalid",
            ["password"] = "Sample-Only-Password-1",
            ["__RequestVerificationToken"] = signIn.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!,
        }));
        Assert.Equal(HttpStatusCode.Redirect, signedIn.StatusCode);

        using var response = await client.GetAsync(new Uri("/", UriKind.Relative));
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Safeguarding dashboard", page.QuerySelector("h1")!.TextContent.Trim());
        var failed = page.QuerySelectorAll("[data-sg-widget=failed]");
        Assert.Equal(3, failed.Length);
        Assert.All(failed, widget => Assert.Contains("The board's hub could not be reached just now", widget.TextContent, StringComparison.Ordinal));
    }

    private sealed class HubDownFactory : WebApplicationFactory<TrustOptions>
    {
        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            builder.UseEnvironment("Production");
            builder.UseSetting("Hub:Board", HubHost.Herefordshire);
            // Nothing listens on port 9: the hub is down.
            builder.UseSetting("Hub:HubAddress", "http://127.0.0.1:9/");
            builder.UseSetting("Hub:Timeout", "00:00:03");
            builder.ConfigureTestServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(HubHost.Now))));
        }
    }
}
