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

    private const string CouncilLead = "council.lead@sample.invalid";
    private const string BusinessUnit = "business.manager@sample.invalid";

    // Plan pages as the council's safeguarding lead sees them (and the business unit's view where it differs); practice guides as anyone does.
    public static TheoryData<string, string, string, string?> Pages() => new()
    {
        { "/", "dashboard", "Safeguarding dashboard", CouncilLead },
        { "/our-actions", "our-actions", "Our actions", CouncilLead },
        { "/business-plan", "business-plan", "Business plan", CouncilLead },
        { "/exception-report", "exception-report", "Exception report", CouncilLead },
        { "/exception-report?asAt=2014-13-45", "exception-report-error", "Exception report", CouncilLead },
        { "/scorecard", "scorecard", "Scorecard", CouncilLead },
        { "/actions/2.1.3", "action-with-form", "Action 2.1.3", CouncilLead },
        { "/actions/1.1.2", "action-refused", "Action 1.1.2", CouncilLead },
        { "/progress-returns", "progress-returns", "Progress returns", CouncilLead },
        { "/progress-returns", "progress-returns-business-unit", "Progress returns", BusinessUnit },
        { "/plans", "plans-business-unit", "Plans", BusinessUnit },
        { "/account/sign-in", "sign-in", "Sign in", null },
        { "/account/access-denied", "access-denied", "You cannot see this page", CouncilLead },
        { "/account/sign-out", "sign-out", "Sign out", CouncilLead },
        { "/guides/levels-of-need", "levels-of-need", "Levels of Need", null },
        { "/guides/levels-of-need?indicator=immediate-danger&indicator=private-fostering", "levels-of-need-result", "Levels of Need", null },
        { "/guides/private-fostering", "private-fostering", "Private fostering", null },
        { "/guides/lado", "lado", "Allegations against people who work with children", null },
        { "/guides/lado", "lado-board-member", "Allegations against people who work with children", "board.member@sample.invalid" },
        { "/lado/cases", "lado-cases", "LADO cases", "lado@sample.invalid" },
        { "/lado/figures", "lado-figures", "LADO figures", "board.member@sample.invalid" },
        { "/private-fostering/visits-due", "private-fostering-visits-due", "Private fostering visits due", "private.fostering@sample.invalid" },
    };

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Each_page_loads_and_meets_WCAG_2_2_AA(string path, string name, string heading, string? email)
    {
        var page = await browser.NewPageAsync(email);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
            Assert.Equal(heading, (await page.Locator("h1").TextContentAsync())?.Trim());
            await CheckAsync(page, name);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    // The checkers' answers and errors come from a posted form, as a person sends it.
    public static TheoryData<string, string, string> CheckerAnswers() => new()
    {
        { "/guides/private-fostering", "private-fostering-answer", "Private fostering" },
        { "/guides/private-fostering", "private-fostering-errors", "Private fostering" },
        { "/guides/lado", "harm-test-answer", "Allegations against people who work with children" },
        { "/guides/lado", "harm-test-low-level-concern", "Allegations against people who work with children" },
    };

    [Theory]
    [MemberData(nameof(CheckerAnswers))]
    public async Task Each_checker_answer_and_error_meets_WCAG_2_2_AA(string path, string scenario, string heading)
    {
        var page = await browser.NewPageAsync(null);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
            await CheckerScenarios.SendAsync(page, scenario);
            Assert.Equal(heading, (await page.Locator("h1").TextContentAsync())?.Trim());
            Assert.True(await page.Locator(".sg-result, .sg-form__error").First.IsVisibleAsync(), $"Expected an answer or an error after sending {scenario}.");
            await CheckAsync(page, scenario);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    /// <summary>Saves a screenshot of the page as it is and asserts axe-core finds no WCAG 2.2 AA violation in it.</summary>
    internal static async Task CheckAsync(IPage page, string name)
    {
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"{name}.png"), FullPage = true });
        var result = await page.RunAxe(new AxeRunOptions { RunOnly = new RunOnlyOptions { Type = "tag", Values = [.. WcagTags] } });
        Assert.True(result.Violations.Length == 0, Describe(result.Violations));
        Assert.NotEmpty(result.Passes);
    }

    [Fact]
    public async Task The_exception_report_date_picker_shows_the_chosen_date()
    {
        var page = await browser.NewPageAsync(CouncilLead);
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
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_skip_link_takes_keyboard_users_to_the_content()
    {
        var page = await browser.NewPageAsync(CouncilLead);
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
            await page.Context.CloseAsync();
        }
    }

    private static string Describe(AxeResultItem[] violations) =>
        string.Join(Environment.NewLine, violations.Select(violation =>
            $"{violation.Id} ({violation.Impact}): {violation.Help} — {string.Join("; ", violation.Nodes.Take(5).Select(node => string.Join(" ", node.Target)))}"));
}
