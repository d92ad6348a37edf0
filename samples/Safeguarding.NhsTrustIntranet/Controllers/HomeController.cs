using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.Security;

namespace Safeguarding.NhsTrustIntranet.Controllers;

/// <summary>The trust's safeguarding pages: the board's dashboard and a page per action, from the board hub.</summary>
[Authorize(Policy = SafeguardingPolicies.ReadPlans)]
public sealed class HomeController : Controller
{
    /// <summary>The dashboard: the board's RAG summary, the exception report and the trust's progress returns.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/")]
    public IActionResult Index() => View();

    /// <summary>One action: its progress form and history.</summary>
    /// <param name="actionRef">The action's ref.</param>
    /// <returns>The page.</returns>
    [HttpGet("/actions/{actionRef}")]
    public IActionResult Action(string actionRef) => View(model: actionRef);
}
