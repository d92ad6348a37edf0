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

    /// <summary>Opens a page in a fresh browser context (its own cookies), signed in through the sample's sign-in form when an email is given.</summary>
    /// <param name="email">A demonstration user's email, or <c>null</c> for nobody signed in.</param>
    /// <returns>The page; close its context when done.</returns>
    internal async Task<IPage> NewPageAsync(string? email)
    {
        var context = await Browser.NewContextAsync(new BrowserNewContextOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB" });
        // Two cores shared with the build and the other tests: allow a slow page rather than fail on it.
        context.SetDefaultTimeout(90_000);
        var page = await context.NewPageAsync();
        if (email is not null)
        {
            await SignInAsync(page, BaseAddress, email);
        }
        return page;
    }

    /// <summary>
    /// Signs a page in through the sample's sign-in form, once more if the first try does not get
    /// past the sign-in page (a CI run once waited 90 s on it with no sign of what had happened).
    /// The page is left at the redirect's address, not necessarily loaded: callers go on to a page
    /// of their own.
    /// </summary>
    /// <param name="page">The page, in a context of its own.</param>
    /// <param name="baseAddress">The sample's address.</param>
    /// <param name="email">A demonstration user's email.</param>
    /// <exception cref="InvalidOperationException">Neither try signed in; the message says what each answered.</exception>
    internal static async Task SignInAsync(IPage page, Uri baseAddress, string email)
    {
        var answers = new List<string>();
        if (!(await TrySignInAsync(page, baseAddress, email, answers) || await TrySignInAsync(page, baseAddress, email, answers)))
        {
            throw new InvalidOperationException($"Could not sign in as {email}: {string.Join("; ", answers)}");
        }
    }

    private static async Task<bool> TrySignInAsync(IPage page, Uri baseAddress, string email, List<string> answers)
    {
        await page.GotoAsync(new Uri(baseAddress, "/account/sign-in").ToString());
        await page.GetByLabel("Email address").FillAsync(email);
        await page.GetByLabel("Password").FillAsync(SampleIntranetFactory.DemoPassword);
        var response = await page.RunAndWaitForResponseAsync(
            () => page.GetByRole(AriaRole.Button, new() { Name = "Sign in" }).ClickAsync(),
            answer => answer.Request.Method == "POST" && answer.Url.Contains("/account/sign-in", StringComparison.Ordinal));
        if (response.Status == 302)
        {
            // Signed in: wait for the redirect to commit. Every caller goes on to a page of its own,
            // so the page the redirect leads to need not load; waiting for its load event ran out
            // (90 s, with the browser's network idle) in CI, and so did waiting for the load state
            // before that, while the browser was between the two documents.
            await page.WaitForURLAsync(url => !url.Contains("/account/sign-in", StringComparison.Ordinal), new() { WaitUntil = WaitUntilState.Commit });
            return true;
        }
        // Refused (or something else): give the page a short while, then say what came back, so
        // that a second try (or the failure's message) follows rather than a 90-second wait.
        try
        {
            await page.WaitForLoadStateAsync(LoadState.Load, new() { Timeout = 15_000 });
        }
        catch (TimeoutException)
        {
            answers.Add($"the sign-in form answered {response.Status} {response.StatusText} and the page it led to had not loaded after 15 s (at {page.Url})");
            return false;
        }
        if (!page.Url.Contains("/account/sign-in", StringComparison.Ordinal))
        {
            return true;
        }
        var summary = await page.Locator(".intranet-error-summary").AllTextContentsAsync();
        answers.Add($"the sign-in form answered {response.Status}{(summary.Count > 0 ? $" saying \"{string.Join(" ", summary).Trim()}\"" : string.Empty)}");
        return false;
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
