using Microsoft.Playwright;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// A screenshot of each widget on the sample intranet's pages, for the widget reference
/// (src/Safeguarding.Widgets/docs/reference.md shows them from docs/images/). Saved to
/// screenshots/widgets/ in the test output; copy them there when a widget's look changes on purpose.
/// </summary>
public class WidgetScreenshotTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string CouncilLead = "council.lead@sample.invalid";

    public static TheoryData<string, string, string?, string> Widgets() => new()
    {
        { "rag-badge", "/business-plan", CouncilLead, "[data-sg-widget=action-plan] .sg-rag" },
        { "action-plan", "/our-actions", CouncilLead, "[data-sg-widget=action-plan] .sg-priority" },
        { "rag-summary", "/", CouncilLead, "[data-sg-widget=rag-summary]" },
        { "exception-report", "/exception-report", CouncilLead, "[data-sg-widget=exception-report] .sg-table" },
        { "actions-due", "/", CouncilLead, "[data-sg-widget=actions-due]" },
        { "updates-due", "/progress-returns", CouncilLead, "[data-sg-widget=updates-due]" },
        { "progress-update", "/actions/2.1.3", CouncilLead, "[data-sg-widget=progress-update]" },
        { "progress-history", "/actions/2.1.3", CouncilLead, "[data-sg-widget=progress-history]" },
        { "scorecard", "/scorecard", CouncilLead, "[data-sg-widget=scorecard]" },
        { "levels-of-need", "/guides/levels-of-need?indicator=at-risk-of-step-up&indicator=private-fostering", null, "[data-sg-widget=levels-of-need]" },
        { "private-fostering-check", "/guides/private-fostering", null, "[data-sg-widget=private-fostering-check]" },
        { "harm-test-check", "/guides/lado", null, "[data-sg-widget=harm-test-check]" },
        { "lado-timeliness", "/guides/lado", "board.member@sample.invalid", "[data-sg-widget=lado-timeliness]" },
        { "board-attendance", "/yearly-report", CouncilLead, "[data-sg-widget=board-attendance]" },
        { "child-protection-plans", "/yearly-report", CouncilLead, "[data-sg-widget=child-protection-plans]" },
        { "lado-cases", "/lado/cases", "lado@sample.invalid", "[data-sg-widget=lado-cases]" },
        { "allegation-timeliness", "/lado/figures", "board.member@sample.invalid", "[data-sg-widget=allegation-timeliness]" },
        { "private-fostering-visits-due", "/private-fostering/visits-due", "private.fostering@sample.invalid", "[data-sg-widget=private-fostering-visits-due]" },
    };

    [Theory]
    [MemberData(nameof(Widgets))]
    public async Task Each_widget_is_pictured_for_the_reference(string name, string path, string? email, string selector)
    {
        var page = await browser.NewPageAsync(email);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
            // The checkers are pictured with an answer, sent as a person sends the form.
            if (name is "private-fostering-check" or "harm-test-check")
            {
                await CheckerScenarios.SendAsync(page, name == "harm-test-check" ? "harm-test-answer" : "private-fostering-great-aunt");
            }
            var widget = page.Locator(selector).First;
            Assert.True(await widget.IsVisibleAsync(), $"Expected {selector} on {path}.");
            var folder = Path.Combine(BrowserFixture.ScreenshotFolder, "widgets");
            Directory.CreateDirectory(folder);
            await widget.ScreenshotAsync(new LocatorScreenshotOptions { Path = Path.Combine(folder, $"{name}.png") });
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
