using Deque.AxeCore.Commons;
using Deque.AxeCore.Playwright;
using Microsoft.Playwright;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// Each page of the sample intranet in a real Chromium: it loads, a screenshot is saved to
/// screenshots/ in the test output, and axe-core finds no WCAG 2.2 AA violation.
/// </summary>
public class AccessibilityTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private static readonly string[] WcagTags = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];

    public static TheoryData<string, string, string> Pages() => new()
    {
        { "/", "dashboard", "Safeguarding dashboard" },
        { "/our-actions", "our-actions", "Our actions" },
        { "/business-plan", "business-plan", "Business plan" },
        { "/exception-report", "exception-report", "Exception report" },
        { "/exception-report?asAt=2014-13-45", "exception-report-error", "Exception report" },
        { "/scorecard", "scorecard", "Scorecard" },
        { "/guides/levels-of-need", "levels-of-need", "Levels of Need" },
        { "/guides/levels-of-need?indicator=immediate-danger&indicator=private-fostering", "levels-of-need-result", "Levels of Need" },
        { "/guides/private-fostering", "private-fostering", "Private fostering" },
        { "/guides/private-fostering?age=15&carer=Cousin&setting=CarersHome&daysSoFar=40", "private-fostering-answer", "Private fostering" },
        { "/guides/private-fostering?age=x&carer=&setting=&daysSoFar=", "private-fostering-errors", "Private fostering" },
        { "/guides/lado", "lado", "Allegations against people who work with children" },
        { "/guides/lado?allegationDate=2020-09-01&limb=4", "lado-answer", "Allegations against people who work with children" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_loads_and_meets_WCAG_2_2_AA(string path, string name, string heading)
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1280, Height = 900 }, Locale = "en-GB" });
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
            Assert.Equal(heading, (await page.Locator("h1").TextContentAsync())?.Trim());
            await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });

            var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });

            Assert.True(result.Violations.Length == 0, Describe(result.Violations));
            Assert.NotEmpty(result.Passes);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_exception_report_date_picker_shows_the_chosen_date()
    {
        var page = await browser.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, "/exception-report").ToString());
            await page.Locator("#asAt").FillAsync("2014-10-15");
            await page.GetByLabel("Every action due").CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "Show report" }).ClickAsync();

            Assert.Equal("Actions due – as at 15 October 2014", (await page.Locator("[data-sg-widget=exception-report] h2").TextContentAsync())?.Trim());
            Assert.Contains("asAt=2014-10-15", page.Url, StringComparison.Ordinal);
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    [Fact]
    public async Task The_skip_link_takes_keyboard_users_to_the_content()
    {
        var page = await browser.Browser.NewPageAsync();
        try
        {
            await page.GotoAsync(browser.BaseAddress.ToString());
            await page.Keyboard.PressAsync("Tab");
            Assert.Equal("Skip to main content", (await page.EvaluateAsync<string>("document.activeElement.textContent")).Trim());
            await page.Keyboard.PressAsync("Enter");
            Assert.Equal("main", await page.EvaluateAsync<string>("document.activeElement.id"));
        }
        finally
        {
            await page.CloseAsync();
        }
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join(Environment.NewLine, violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join("; ", violation.Nodes.Take(5).Select(node => string.Join(" ", node.Target)))}"));
}
