using Microsoft.Playwright;
using Safeguarding.BoardPapers.Tests.Support;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// The print views printed to PDF in Chromium, as a person printing the page gets it, and read back
/// with pdftotext: the board and the as-at date and "Page n of m" on every page, each month on a page
/// of its own; and axe-core finds no WCAG 2.2 AA violation in any print view.
/// </summary>
public class PrintViewTests(BrowserFixture browser) : IClassFixture<BrowserFixture>
{
    private const string CouncilLead = "council.lead@sample.invalid";
    private const string Board2009 = "HSCB (Safeguarding Children Board named only by its initials in the document)";

    [Fact]
    public async Task The_May_2009_exception_report_prints_with_the_board_the_date_and_page_numbers_on_every_page()
    {
        var pages = await PrintAsync("/safeguarding/papers/exception-report.html?plan=safeguarding-review-exception-report-2009-05&asAt=2009-05-31&exceptionsOnly=false");

        Assert.True(pages.Count >= 3, $"Expected a page at least for each of the three months, but the PDF has {pages.Count}.");
        for (var i = 0; i < pages.Count; i++)
        {
            var page = pages[i];
            Assert.Contains($"{Board2009} · Actions due – as at 31 May 2009", page.Replace("\n", " ", StringComparison.Ordinal), StringComparison.Ordinal);
            Assert.Contains($"Page {i + 1} of {pages.Count}", page, StringComparison.Ordinal);
        }
        // Each month starts a page: its heading is the first thing after the running header and the table's headings.
        foreach (var month in (string[])["February", "March", "April"])
        {
            Assert.Single(pages, page => page.Contains($"Actions to be completed by the end of {month} 2009", StringComparison.Ordinal));
        }
        Assert.DoesNotContain(pages, page => page.Contains("Print this page", StringComparison.Ordinal));
        TextSnapshot.Verify(string.Join("\n\f\n", pages), "PrintView.ExceptionReport.May2009.pdf");
    }

    public static TheoryData<string, string> PrintViews() => new()
    {
        { "/safeguarding/papers/exception-report.html?plan=hscb-business-plan-2014-15&asAt=2014-11-30", "print-exception-report" },
        { "/safeguarding/papers/action-plan.html?plan=hscb-business-plan-2014-15&asAt=2014-11-30&agency=Herefordshire%20Council", "print-action-plan" },
        { "/safeguarding/papers/scorecard.html?scorecard=domestic-abuse-2015-16", "print-scorecard" },
        { "/safeguarding/papers/progress-history.html?plan=hscb-business-plan-2014-15&action=1.1.2", "print-progress-history" },
        { "/safeguarding/papers/updates-due.html?plan=hscb-business-plan-2014-15&asAt=2014-11-30", "print-updates-due" },
        { "/safeguarding/papers/yearly-report.html?scorecard=domestic-abuse-2015-16", "print-yearly-report" },
    };

    [Theory]
    [MemberData(nameof(PrintViews))]
    public async Task Each_print_view_meets_WCAG_2_2_AA(string path, string name)
    {
        var page = await browser.NewPageAsync(CouncilLead);
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
            Assert.Equal(1, await page.Locator("h1").CountAsync());
            await AccessibilityTests.CheckAsync(page, name);
            // The stylesheet came from the widgets' endpoint, under the sample's content security policy (no inline styles).
            Assert.Equal("none", await page.EvaluateAsync<string>("getComputedStyle(document.querySelector('.sg-paper__running')).display"));
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    [Fact]
    public async Task The_yearly_report_page_meets_WCAG_2_2_AA()
    {
        var page = await browser.NewPageAsync("board.member@sample.invalid");
        try
        {
            await page.GotoAsync(new Uri(browser.BaseAddress, "/yearly-report").ToString());
            Assert.Equal("Yearly report", (await page.Locator("h1").TextContentAsync())?.Trim());
            await AccessibilityTests.CheckAsync(page, "yearly-report");
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }

    private async Task<IReadOnlyList<string>> PrintAsync(string path)
    {
        var page = await browser.NewPageAsync(CouncilLead);
        try
        {
            var response = await page.GotoAsync(new Uri(browser.BaseAddress, path).ToString());
            Assert.Equal(200, response!.Status);
            var pdf = await page.PdfAsync(new PagePdfOptions { PreferCSSPageSize = true, PrintBackground = true });
            return await PdfText.PagesAsync(pdf);
        }
        finally
        {
            await page.Context.CloseAsync();
        }
    }
}
