using System.Text;
using System.Text.Json.Nodes;
using Microsoft.Playwright;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// The business unit's Plans page in a real Chromium: choose a plan file, see its problems or what
/// it adds, and confirm; each state is checked with axe-core.
/// </summary>
public class PlansBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string BusinessUnit = "business.manager@sample.invalid";

    [Fact]
    public async Task The_business_unit_uploads_next_years_plan_checks_it_and_adds_it()
    {
        var page = await browser.NewPageAsync(BusinessUnit);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, "/plans").ToString());
            await AccessibilityTests.CheckAsync(page, "plans");
            var file = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryFolders.SeedPlans, "hscb-business-plan-2014-15.json")))!;
            file["plan"]!["title"] = "HSCB Business Plan 2015-16";

            await page.GetByLabel("Plan file (.json)").SetInputFilesAsync(new FilePayload
            {
                Name = "hscb-business-plan-2015-16.json",
                MimeType = "application/json",
                Buffer = Encoding.UTF8.GetBytes(file.ToJsonString()),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

            Assert.Equal("Check hscb-business-plan-2015-16.json", (await page.Locator("h1").TextContentAsync())?.Trim());
            await AccessibilityTests.CheckAsync(page, "plans-upload-new");
            await page.GetByRole(AriaRole.Button, new() { Name = "Add this plan" }).ClickAsync();

            Assert.Contains("Added the plan “HSCB Business Plan 2015-16”", await page.Locator("[role=status]").TextContentAsync(), StringComparison.Ordinal);
            Assert.Equal(1, await page.Locator("tbody th", new() { HasTextString = "HSCB Business Plan 2015-16" }).CountAsync());
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task A_file_with_problems_lists_them_and_the_page_meets_WCAG_2_2_AA()
    {
        var page = await browser.NewPageAsync(BusinessUnit);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, "/plans").ToString());
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();
            Assert.Equal("Choose a plan file (.json) to upload", (await page.Locator(".intranet-error-summary a").TextContentAsync())?.Trim());
            await AccessibilityTests.CheckAsync(page, "plans-no-file");

            await page.GetByLabel("Plan file (.json)").SetInputFilesAsync(new FilePayload
            {
                Name = "hscb-business-plan-2014-15.json",
                MimeType = "application/json",
                Buffer = Encoding.UTF8.GetBytes("{\n  \"source\": {},\n  \"plan\": null\n}\n"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Upload and check" }).ClickAsync();

            Assert.Equal("hscb-business-plan-2014-15.json has problems", (await page.Locator("h1").TextContentAsync())?.Trim());
            Assert.True(await page.Locator("tbody tr").CountAsync() > 0);
            await AccessibilityTests.CheckAsync(page, "plans-upload-problems");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
