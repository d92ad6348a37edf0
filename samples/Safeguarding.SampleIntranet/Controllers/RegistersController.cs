using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>
/// The case registers' pages: the LADO's cases (the LADO only), the LADO's figures from the register
/// (the business unit, board members and the LADO), and private fostering visits due (the private
/// fostering officer). The policies refuse everyone else before any case is read.
/// </summary>
public sealed class RegistersController : Controller
{
    /// <summary>The LADO's case list and the year's timeliness.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/lado/cases")]
    [Authorize(Policy = SafeguardingPolicies.ReadLadoCases)]
    public IActionResult LadoCases() => View();

    /// <summary>The LADO's figures for the year, computed from the register: no case is named.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/lado/figures")]
    [Authorize(Policy = SafeguardingPolicies.ReadLadoAggregates)]
    public IActionResult LadoFigures() => View();

    /// <summary>Private fostering visits overdue and due in the next two working weeks, and late notifications.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/private-fostering/visits-due")]
    [Authorize(Policy = SafeguardingPolicies.ManagePrivateFosteringRegister)]
    public IActionResult VisitsDue() => View();
}
