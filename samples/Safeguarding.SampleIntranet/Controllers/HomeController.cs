using Safeguarding.Widgets.Caching;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>The intranet's safeguarding dashboard.</summary>
[Authorize(Policy = SafeguardingPolicies.ReadPlans)]
public sealed class HomeController(IntranetPageFactory pages) : Controller
{
    /// <summary>The dashboard: the board's RAG summary and our actions due.</summary>
    /// <returns>The page.</returns>
    [OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]
    public IActionResult Index() => View(pages.Create());
}
