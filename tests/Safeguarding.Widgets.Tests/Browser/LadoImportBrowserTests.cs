using System.Text;
using Microsoft.Playwright;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>The LADO's import in a real Chromium: the problems of a spreadsheet are listed and the page meets WCAG 2.2 AA.</summary>
public class LadoImportBrowserTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task The_problems_of_a_spreadsheet_are_listed_and_meet_WCAG_2_2_AA()
    {
        var page = await browser.NewPageAsync("lado@sample.invalid");
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, "/lado/cases").ToString());
            await page.GetByLabel("Spreadsheet saved as CSV").SetInputFilesAsync(new FilePayload
            {
                Name = "register.csv",
                MimeType = "text/csv",
                Buffer = Encoding.UTF8.GetBytes("reference,referred,closed\nIMPORT-2014-201,2014-10-01,31/02/2014\n"),
            });
            await page.GetByRole(AriaRole.Button, new() { Name = "Import" }).ClickAsync();

            Assert.Equal("Nothing was imported: 1 problem in register.csv", (await page.Locator(".intranet-error-summary__list a").TextContentAsync())?.Trim());
            Assert.Contains("C (closed)", await page.Locator("#import-problems").TextContentAsync(), StringComparison.Ordinal);
            await AccessibilityTests.CheckAsync(page, "lado-import-problems");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
