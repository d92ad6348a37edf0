using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>The board's business plan: ours, and the whole of it.</summary>
[Authorize(Policy = SafeguardingPolicies.ReadPlans)]
public sealed class PlanController(IntranetPageFactory pages) : Controller
{
    /// <summary>Our agency's actions.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/our-actions")]
    public IActionResult OurActions() => View(pages.Create());

    /// <summary>The whole business plan.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/business-plan")]
    public IActionResult BusinessPlan() => View(pages.Create());
}
