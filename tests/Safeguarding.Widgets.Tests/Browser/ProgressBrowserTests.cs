using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// Recording progress in a real Chromium, as an agency lead would: sign in, open one of the
/// council's actions, fill in the form and submit it; the dashboard shows it on the next request.
/// The error and conflict states are checked with axe-core too. Herefordshire 2014, as at 30 November 2014.
/// </summary>
public partial class ProgressBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string CouncilLead = "council.lead@sample.invalid";
    private const string BusinessUnit = "business.manager@sample.invalid";

    [Fact]
    public async Task An_agency_lead_records_an_action_complete_and_the_dashboard_shows_it_on_the_next_request()
    {
        var page = await browser.NewPageAsync(CouncilLead);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, "/").ToString());
            var beforeText = await page.Locator("[data-sg-widget=rag-summary] .sg-explanation").First.TextContentAsync();
            var before = Counts(beforeText);
            await page.GotoAsync(new Uri(browser.BaseAddress, "/our-actions").ToString());
            var was = (await page.Locator("[data-sg-widget=action-plan] tr", new() { Has = page.Locator("th", new() { HasTextString = "2.1.3" }) })
                .Locator(".sg-rag__label").First.TextContentAsync())!.Trim().ToLowerInvariant();

            await page.GotoAsync(new Uri(browser.BaseAddress, "/actions/2.1.3").ToString());
            var form = page.Locator("[data-sg-widget=progress-update]");
            await form.GetByLabel("Progress as at").FillAsync("2014-11-28");
            await form.GetByLabel("Progress statement").FillAsync("Conference decision-making plan in place and audited.");
            await form.GetByRole(AriaRole.Group, new() { Name = "Rating: Process" }).GetByLabel("● Green").CheckAsync();
            await form.GetByRole(AriaRole.Group, new() { Name = "Rating: Completion to timescale" }).GetByLabel("● Green").CheckAsync();
            await form.GetByLabel("The action is complete").CheckAsync();
            await form.GetByLabel("Date completed (only if complete)").FillAsync("2014-11-28");
            await form.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();

            Assert.Contains("Your update was recorded as update", await form.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);
            Assert.Contains("Conference decision-making plan in place and audited.", await page.Locator("[data-sg-widget=progress-history] .sg-timeline__item").First.TextContentAsync(), StringComparison.Ordinal);
            Assert.Contains("by Carys Lloyd, Herefordshire Council", await page.Locator("[data-sg-widget=progress-history] .sg-timeline__item").First.TextContentAsync(), StringComparison.Ordinal);
            await AccessibilityTests.CheckAsync(page, "progress-recorded");

            await page.GotoAsync(new Uri(browser.BaseAddress, "/").ToString());
            var afterText = await page.Locator("[data-sg-widget=rag-summary] .sg-explanation").First.TextContentAsync();
            var after = Counts(afterText);
            // 2.1.3 counted under its rating before; recorded complete, it counts as complete instead.
            Assert.NotEqual("complete", was);
            Assert.True(before.GetValueOrDefault(was) - 1 == after.GetValueOrDefault(was), $"2.1.3 was {was}. Before: {beforeText} After: {afterText}");
            Assert.Equal(before.GetValueOrDefault("complete") + 1, after.GetValueOrDefault("complete"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_form_with_mistakes_shows_an_error_summary_linked_to_each_field_and_keeps_what_was_typed()
    {
        var page = await browser.NewPageAsync(CouncilLead);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, "/actions/3.1.1").ToString());
            var form = page.Locator("[data-sg-widget=progress-update]");
            await form.GetByLabel("Progress as at").FillAsync("2014-12-25");
            await form.GetByLabel("Additional work proposed (optional)").FillAsync("Workshop with commissioners in January.");
            await form.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();

            var summary = form.Locator(".sg-form__error");
            Assert.Equal("There is a problem", (await summary.Locator(".sg-form__error-title").TextContentAsync())?.Trim());
            await summary.GetByRole(AriaRole.Link, new() { NameRegex = StatementError() }).ClickAsync();
            Assert.Equal("Statement", await page.EvaluateAsync<string>("document.activeElement.name"));
            Assert.Equal("Workshop with commissioners in January.", await form.GetByLabel("Additional work proposed (optional)").InputValueAsync());
            Assert.Equal("2014-12-25", await form.GetByLabel("Progress as at").InputValueAsync());
            await AccessibilityTests.CheckAsync(page, "progress-errors");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task When_someone_else_records_first_the_form_shows_their_update_and_keeps_yours()
    {
        var lead = await browser.NewPageAsync(CouncilLead);
        var businessUnit = await browser.NewPageAsync(BusinessUnit);
        try
        {
            await lead.GotoAsync(new Uri(browser.BaseAddress, "/actions/3.3.1").ToString());
            await businessUnit.GotoAsync(new Uri(browser.BaseAddress, "/actions/3.3.1").ToString());

            var theirs = businessUnit.Locator("[data-sg-widget=progress-update]");
            await theirs.GetByLabel("Progress statement").FillAsync("Protocol signed by all West Mercia partners.");
            await theirs.GetByRole(AriaRole.Group, new() { Name = "Rating: Process" }).GetByLabel("● Green").CheckAsync();
            await theirs.GetByRole(AriaRole.Group, new() { Name = "Rating: Completion to timescale" }).GetByLabel("▲ Amber").CheckAsync();
            await theirs.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();
            Assert.Contains("recorded as update", await theirs.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);

            var mine = lead.Locator("[data-sg-widget=progress-update]");
            await mine.GetByLabel("Progress statement").FillAsync("Draft protocol circulated for comment.");
            await mine.GetByRole(AriaRole.Group, new() { Name = "Rating: Process" }).GetByLabel("▲ Amber").CheckAsync();
            await mine.GetByRole(AriaRole.Group, new() { Name = "Rating: Completion to timescale" }).GetByLabel("▲ Amber").CheckAsync();
            await mine.GetByRole(AriaRole.Button, new() { Name = "Record progress" }).ClickAsync();

            var conflict = mine.Locator(".sg-conflict");
            Assert.Contains("Bernie Marsh recorded progress on this action", await conflict.TextContentAsync(), StringComparison.Ordinal);
            Assert.Contains("Protocol signed by all West Mercia partners.", await conflict.TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal("Draft protocol circulated for comment.", await mine.GetByLabel("Progress statement").InputValueAsync());
            await AccessibilityTests.CheckAsync(lead, "progress-conflict");
        }
        finally
        {
            await lead.Context.CloseAsync();
            await businessUnit.Context.CloseAsync();
        }
    }

    // "Red: the worst rating among its 49 actions (30 red, 8 amber, 11 not rated)." → red: 30, amber: 8, not rated: 11.
    private static Dictionary<string, int> Counts(string? explanation) =>
        CountPattern().Matches(explanation ?? string.Empty).ToDictionary(match => match.Groups["rating"].Value, match => int.Parse(match.Groups["count"].Value, System.Globalization.CultureInfo.InvariantCulture));

    [GeneratedRegex(@"(?<count>\d+) (?<rating>red|amber|green|complete|not started|not rated)")]
    private static partial Regex CountPattern();

    [GeneratedRegex("^Enter a progress statement")]
    private static partial Regex StatementError();
}
