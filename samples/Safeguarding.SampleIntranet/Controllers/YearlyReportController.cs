using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>The safeguarding partners' yearly report: its widgets, and the whole report as a board paper.</summary>
[Authorize(Policy = SafeguardingPolicies.ReadPlans)]
public sealed class YearlyReportController(IOptions<IntranetOptions> options) : Controller
{
    /// <summary>The yearly report's page.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/yearly-report")]
    public IActionResult Index() => View(model: options.Value.Scorecard);
}
