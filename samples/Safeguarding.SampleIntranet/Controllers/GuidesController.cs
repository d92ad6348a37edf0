using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.OutputCaching;
using Safeguarding.Widgets.Caching;
using Microsoft.Extensions.Options;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>Practice guides for staff (open to everyone), and the board's scorecard (signed-in staff).</summary>
[Authorize(Policy = SafeguardingPolicies.UsePracticeGuides)]
public sealed class GuidesController(IOptions<IntranetOptions> options) : Controller
{
    /// <summary>The Levels of Need guide: tick what you see, get the suggested level and pathway.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/guides/levels-of-need")]
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]
    public IActionResult LevelsOfNeed() => View();

    /// <summary>"Is this private fostering?"</summary>
    /// <returns>The page with an empty form.</returns>
    [HttpGet("/guides/private-fostering")]
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PagesWithFormsPolicyName)]
    public IActionResult PrivateFostering() => View();

    /// <summary>"Is this private fostering?", answered: the checker reads the posted facts, so they never appear in an address or a request log.</summary>
    /// <returns>The page with the answer, or with the form's errors.</returns>
    [HttpPost("/guides/private-fostering")]
    [ValidateAntiForgeryToken]
    public IActionResult CheckPrivateFostering() => View(nameof(PrivateFostering));

    /// <summary>"Does this meet the LADO harm test?", and the LADO's timeliness figures for those who may read them.</summary>
    /// <returns>The page with an empty form.</returns>
    [HttpGet("/guides/lado")]
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PagesWithFormsPolicyName)]
    public IActionResult Lado() => View();

    /// <summary>"Does this meet the LADO harm test?", answered from the posted facts.</summary>
    /// <returns>The page with the answer, or with the form's errors.</returns>
    [HttpPost("/guides/lado")]
    [ValidateAntiForgeryToken]
    public IActionResult CheckHarmTest() => View(nameof(Lado));

    /// <summary>The board's indicator scorecard.</summary>
    /// <returns>The page.</returns>
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]
    [HttpGet("/scorecard")]
    [Authorize(Policy = SafeguardingPolicies.ReadPlans)]
    public IActionResult Scorecard() => View(model: options.Value.Scorecard);
}
