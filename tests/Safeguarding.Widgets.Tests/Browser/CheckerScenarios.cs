using Microsoft.Playwright;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// Fills in and sends a statutory checker's form as a person does: the facts are posted, so the
/// address after sending carries none of them.
/// </summary>
internal static class CheckerScenarios
{
    /// <summary>Fills in and sends a checker's form for a scenario, and asserts the address has no query.</summary>
    /// <param name="page">A page showing the checker.</param>
    /// <param name="scenario">"private-fostering-answer", "private-fostering-great-aunt", "private-fostering-errors", "harm-test-answer" or "harm-test-low-level-concern".</param>
    internal static async Task SendAsync(IPage page, string scenario)
    {
        switch (scenario)
        {
            case "private-fostering-answer":
                await PrivateFosteringAsync(page, "15", "Cousin", "CarersHome", "40");
                break;
            case "private-fostering-great-aunt":
                await PrivateFosteringAsync(page, "15", "GreatUncleOrGreatAunt", "CarersHome", "30");
                break;
            case "private-fostering-errors":
                await PrivateFosteringAsync(page, "x", string.Empty, string.Empty, string.Empty);
                break;
            case "harm-test-answer":
                await HarmTestAsync(page, "2020-09-01", "4");
                break;
            case "harm-test-low-level-concern":
                await HarmTestAsync(page, "2026-11-23", null);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(scenario), scenario, "Expected a checker scenario.");
        }
        await page.WaitForLoadStateAsync(LoadState.Load);
        Assert.DoesNotContain("?", page.Url, StringComparison.Ordinal);
    }

    private static async Task PrivateFosteringAsync(IPage page, string age, string carer, string setting, string days)
    {
        await page.Locator("#sg-pf-age").FillAsync(age);
        await page.Locator("#sg-pf-carer").SelectOptionAsync(carer);
        await page.Locator("#sg-pf-setting").SelectOptionAsync(setting);
        await page.Locator("#sg-pf-daysSoFar").FillAsync(days);
        await page.Locator("[data-sg-widget=private-fostering-check] button[type=submit]").ClickAsync();
    }

    private static async Task HarmTestAsync(IPage page, string date, string? limb)
    {
        await page.Locator("#sg-ht-allegationDate").FillAsync(date);
        if (limb is not null)
        {
            await page.Locator($"#sg-ht-limb-{limb}").CheckAsync();
        }
        await page.Locator("[data-sg-widget=harm-test-check] button[type=submit]").ClickAsync();
    }
}
