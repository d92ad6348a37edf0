using Safeguarding.Widgets.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>The board's business plan: ours, and the whole of it.</summary>
[Authorize(Policy = SafeguardingPolicies.ReadPlans)]
public sealed class PlanController(IntranetPageFactory pages, IBusinessPlanRepository repository) : Controller
{
    /// <summary>Our agency's actions.</summary>
    /// <returns>The page.</returns>
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]
    [HttpGet("/our-actions")]
    public IActionResult OurActions() => View(pages.Create());

    /// <summary>The whole business plan.</summary>
    /// <returns>The page.</returns>
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]
    [HttpGet("/business-plan")]
    public IActionResult BusinessPlan() => View(pages.Create());

    /// <summary>One action: the form to record progress on it (for those who may) and its history.</summary>
    /// <param name="actionRef">The action's ref, such as "2.1.3".</param>
    /// <returns>The page, or 404 when the plan has no such action.</returns>
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PagesWithFormsPolicyName)]
    [HttpGet("/actions/{actionRef}")]
    public async Task<IActionResult> Action(string actionRef)
    {
        var page = pages.Create();
        var plan = await repository.GetAsync(page.PlanKey, HttpContext.RequestAborted);
        var action = plan?.FindAction(actionRef);
        return action is null
            ? NotFound($"The plan has no action {actionRef}. Choose one from the business plan.")
            : View(new ActionPage(page, action.Ref, action.Summary));
    }

    /// <summary>Progress returns due: ours, or every agency's with escalations for the business unit.</summary>
    /// <returns>The page.</returns>
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]
    [HttpGet("/progress-returns")]
    public IActionResult ProgressReturns() => View(pages.Create());
}
