using Safeguarding.Widgets.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>Board reports.</summary>
[Authorize(Policy = SafeguardingPolicies.ReadPlans)]
public sealed class ReportsController(IntranetPageFactory pages, IBusinessPlanRepository plans) : Controller
{
    /// <summary>The exception report of a plan chosen on the page, as at a date chosen on the page.</summary>
    /// <param name="asAt">The date, yyyy-MM-dd; empty for the intranet's default, or the end of a chosen plan's period when the default falls outside it.</param>
    /// <param name="show">"exceptions" (the default) or "all".</param>
    /// <param name="plan">The key of the plan; empty for the intranet's plan.</param>
    /// <param name="cancellationToken">Cancels the request.</param>
    /// <returns>The page; with a message beside the date field when the date cannot be read; 404 for an unknown plan.</returns>
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]
    [HttpGet("/exception-report")]
    public async Task<IActionResult> ExceptionReport(string? asAt, string? show, string? plan, CancellationToken cancellationToken)
    {
        var page = pages.Create();
        var kept = await plans.ListAsync(cancellationToken);
        BusinessPlanSummary? chosenPlan = null;
        if (!string.IsNullOrWhiteSpace(plan) && !string.Equals(plan, page.PlanKey, StringComparison.Ordinal))
        {
            chosenPlan = kept.FirstOrDefault(summary => string.Equals(summary.Key, plan, StringComparison.Ordinal));
            if (chosenPlan is null)
            {
                return NotFound();
            }
            page = page with { PlanKey = chosenPlan.Key };
        }
        var exceptionsOnly = !string.Equals(show, "all", StringComparison.OrdinalIgnoreCase);
        if (!string.IsNullOrWhiteSpace(asAt))
        {
            if (!IntranetPageFactory.TryReadDate(asAt, out var chosen))
            {
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return View(new ExceptionReportPage(page, exceptionsOnly, "Enter the date as a real date, for example 31 10 2014", asAt) { Plans = kept });
            }
            page = page with { AsAt = chosen };
        }
        string? note = null;
        if (chosenPlan is not null && !chosenPlan.Period.Contains(page.AsAt))
        {
            // Another plan rated outside its own period says nothing useful (before it, nothing is due;
            // after it, everything is overdue): show it as at the end of its period, and say so.
            note = $"{page.AsAtText} is outside this plan's period, so the report is as at the end of its period.";
            page = page with { AsAt = chosenPlan.Period.End };
        }
        return View(new ExceptionReportPage(page, exceptionsOnly, null, null) { Plans = kept, Note = note });
    }
}
