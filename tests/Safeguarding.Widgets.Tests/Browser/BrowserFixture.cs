using Microsoft.Playwright;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>The sample intranet on a real Kestrel port on loopback, and a headless Chromium to drive it.</summary>
public sealed class BrowserFixture : IAsyncLifetime, IDisposable
{
    private readonly SampleIntranetFactory _factory = new();
    private IPlaywright? _playwright;

    internal IBrowser Browser { get; private set; } = null!;

    internal Uri BaseAddress { get; private set; } = null!;

    internal static string ScreenshotFolder { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        var executable = BrowserLocator.ExecutablePath;
        _factory.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = executable,
            Headless = true,
            // Chromium's own calls home are refused on a closed network; keep it quiet and local.
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.CloseAsync();
        }
        _playwright?.Dispose();
        await _factory.DisposeAsync();
    }

    public void Dispose() => _factory.Dispose();
}
