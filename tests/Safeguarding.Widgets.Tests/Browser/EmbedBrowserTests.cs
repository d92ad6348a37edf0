using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// The board hub's embeds in a real Chromium, framed by samples/PlainHtmlIntranet/index.html served
/// from another origin: shown where the hub allows that origin, refused where it does not, grown to
/// fit their content, the progress form recording for a signed-in agency lead, and axe-core finding
/// no WCAG 2.2 AA violation in the page or in any embed.
/// </summary>
public sealed class EmbedBrowserTests(EmbedBrowserFixture browser) : IClassFixture<EmbedBrowserFixture>
{
    private static readonly string[] Frames = ["The board's RAG summary", "Progress returns due", "Record progress on action 2.1.3"];

    [Fact]
    public async Task The_plain_HTML_page_frames_three_widgets_each_grown_to_its_content_and_meets_WCAG_2_2_AA()
    {
        var page = await browser.SignedInPageAsync();
        try
        {
            await page.GotoAsync(browser.PlainPage.ToString());

            foreach (var title in Frames)
            {
                var frame = page.FrameLocator($"iframe[title=\"{title}\"]");
                await frame.Locator("main#sg-embed [data-sg-widget]").First.WaitForAsync();
                Assert.Equal(0, await frame.Locator("[data-sg-widget=not-allowed], [data-sg-widget=failed]").CountAsync());
            }
            // parent.js has set each frame's height from the height its embed posted.
            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('iframe')].every(f => f.style.height !== '')");
            var heights = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('iframe')].map(f => parseInt(f.style.height, 10))");
            Assert.All(heights, height => Assert.InRange(height, 40, 20000));
            Assert.NotEqual(1, heights.Distinct().Count());
            await AccessibilityTests.CheckAsync(page, "embeds-plain-html");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Embeds_that_load_and_say_their_height_before_the_pages_script_runs_still_grow_to_it()
    {
        var page = await browser.SignedInPageAsync();
        try
        {
            // The page's script is held back until every embed has loaded and posted its height to
            // no one, as happens when the hub answers the embeds before the script.
            var embedsLoaded = new TaskCompletionSource();
            await page.RouteAsync("**/embed/parent.js", async route =>
            {
                await embedsLoaded.Task;
                await route.ContinueAsync();
            });
            await page.GotoAsync(browser.PlainPage.ToString(), new() { WaitUntil = WaitUntilState.Commit });
            foreach (var title in Frames)
            {
                await page.FrameLocator($"iframe[title=\"{title}\"]").Locator("main#sg-embed [data-sg-widget]").First.WaitForAsync();
            }
            var embeds = page.Frames.Where(frame => frame.Url.Contains("/embed/", StringComparison.Ordinal)).ToList();
            Assert.Equal(Frames.Length, embeds.Count);
            foreach (var embed in embeds)
            {
                await embed.WaitForLoadStateAsync(LoadState.Load);
            }
            Assert.True(await page.EvaluateAsync<bool>("() => [...document.querySelectorAll('iframe')].every(f => f.style.height === '')"));

            embedsLoaded.SetResult();

            await page.WaitForFunctionAsync("() => [...document.querySelectorAll('iframe')].every(f => f.style.height !== '')", null, new() { Timeout = 15_000 });
            var heights = await page.EvaluateAsync<int[]>("() => [...document.querySelectorAll('iframe')].map(f => parseInt(f.style.height, 10))");
            Assert.NotEqual(1, heights.Distinct().Count());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_embedded_progress_form_records_for_the_signed_in_agency_lead()
    {
        var page = await browser.SignedInPageAsync();
        try
        {
            await page.GotoAsync(browser.PlainPage.ToString());
            var form = page.FrameLocator("iframe[title=\"Record progress on action 2.1.3\"]").Locator("[data-sg-widget=progress-update]");
            await form.GetByLabel("Progress as at").FillAsync("2014-11-29");
            await form.GetByLabel("Progress statement").FillAsync("Recorded from the partner's plain HTML page.");
            await form.GetByRole(AriaRole.Group, new() { Name = "Rating: Process" }).GetByLabel("● Green").CheckAsync();
            await form.GetByRole(AriaRole.Group, new() { Name = "Rating: Completion to timescale" }).GetByLabel("▲ Amber").CheckAsync();
            await form.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();

            Assert.Contains("Your update was recorded as update", await form.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(browser.PlainPage.ToString(), page.Url);
            var stored = (await browser.Plans.GetAsync("hscb-business-plan-2014-15"))!.FindAction("2.1.3")!.Progress[^1];
            Assert.Equal("Recorded from the partner's plain HTML page.", stored.Statement);
            Assert.Equal("Carys Lloyd, Herefordshire Council", stored.RecordedBy!.ToString());
            await AccessibilityTests.CheckAsync(page, "embeds-progress-recorded");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task Without_script_the_embeds_still_show_at_their_set_height()
    {
        var page = await browser.SignedInPageAsync(javaScriptEnabled: false);
        try
        {
            await page.GotoAsync(browser.PlainPage.ToString());

            foreach (var title in Frames)
            {
                await page.FrameLocator($"iframe[title=\"{title}\"]").Locator("main#sg-embed [data-sg-widget]").First.WaitForAsync();
            }
            var heights = await page.Locator("iframe").EvaluateAllAsync<int[]>("frames => frames.map(f => f.getBoundingClientRect().height)");
            Assert.All(heights, height => Assert.Equal(480, height));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task An_origin_the_hub_does_not_allow_cannot_frame_the_embeds()
    {
        var page = await browser.SignedInPageAsync();
        try
        {
            await page.GotoAsync(browser.DisallowedPage.ToString());

            // The browser refuses each frame (frame-ancestors): nothing of the hub's is shown in them.
            await page.WaitForLoadStateAsync(LoadState.Load);
            Assert.Equal(3, page.MainFrame.ChildFrames.Count);
            foreach (var child in page.MainFrame.ChildFrames)
            {
                Assert.Equal(0, await child.Locator("[data-sg-widget], main#sg-embed").CountAsync());
            }
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Theory]
    [InlineData("/embed/rag-summary", "embed-rag-summary")]
    [InlineData("/embed/progress-update?action=2.1.3", "embed-progress-update")]
    [InlineData("/embed/exception-report?as-at=2014-11-30&exceptions-only=false", "embed-exception-report")]
    [InlineData("/embed/levels-of-need?indicator=immediate-danger", "embed-levels-of-need")]
    public async Task Each_embed_meets_WCAG_2_2_AA_on_its_own(string path, string name)
    {
        var page = await browser.SignedInPageAsync();
        try
        {
            await page.GotoAsync(new Uri(browser.Hub, path).ToString());
            await AccessibilityTests.CheckAsync(page, name);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}

/// <summary>
/// The sample intranet (the hub) on a loopback port, allowing one other origin to frame its embeds;
/// that origin serves samples/PlainHtmlIntranet/index.html pointed at the hub, and a second origin
/// (localhost rather than 127.0.0.1, so not allowed) serves the same page.
/// </summary>
public sealed class EmbedBrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly FramedSampleFactory _factory = new();
    private WebApplication? _intranet;
    private IPlaywright? _playwright;
    private IBrowser _browser = null!;

    internal Uri Hub { get; private set; } = null!;

    internal Uri PlainPage { get; private set; } = null!;

    internal Uri DisallowedPage { get; private set; } = null!;

    internal Safeguarding.Domain.BusinessPlans.IBusinessPlanRepository Plans =>
        _factory.Services.CreateScope().ServiceProvider.GetRequiredService<Safeguarding.Domain.BusinessPlans.IBusinessPlanRepository>();

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production" });
        builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _intranet = builder.Build();
        var html = await File.ReadAllTextAsync(Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, "samples", "PlainHtmlIntranet", "index.html"));
        _intranet.MapGet("/", (HttpContext context) => Results.Content(html.Replace("http://localhost:5080", Hub.ToString().TrimEnd('/'), StringComparison.Ordinal), "text/html; charset=utf-8"));
        await _intranet.StartAsync();
        var intranet = new Uri(_intranet.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First());
        PlainPage = new Uri($"http://127.0.0.1:{intranet.Port}/");
        DisallowedPage = new Uri($"http://localhost:{intranet.Port}/");

        _factory.AllowedOrigin = $"http://127.0.0.1:{intranet.Port}";
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        Hub = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        _browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserLocator.ExecutablePath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(BrowserFixture.ScreenshotFolder);
    }

    /// <summary>A page in a fresh context, signed in to the hub as the council's safeguarding lead.</summary>
    internal async Task<IPage> SignedInPageAsync(bool javaScriptEnabled = true)
    {
        var context = await _browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB", JavaScriptEnabled = javaScriptEnabled });
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        await BrowserFixture.SignInAsync(page, Hub, "council.lead@sample.invalid");
        return page;
    }

    public async Task DisposeAsync()
    {
        if (_browser is not null)
        {
            await _browser.CloseAsync();
        }
        _playwright?.Dispose();
        if (_intranet is not null)
        {
            await _intranet.DisposeAsync();
        }
        await _factory.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();

    private sealed class FramedSampleFactory : SampleIntranetFactory
    {
        internal string AllowedOrigin { get; set; } = string.Empty;

        protected override void ConfigureWebHost(IWebHostBuilder builder)
        {
            base.ConfigureWebHost(builder);
            builder.UseSetting("SafeguardingHub:Boards:0:FrameAncestors:0", AllowedOrigin);
        }
    }
}
