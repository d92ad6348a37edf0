using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;
using Safeguarding.SampleIntranet.Models;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>Practice guides for staff, and the board's scorecard.</summary>
public sealed class GuidesController(IOptions<IntranetOptions> options) : Controller
{
    /// <summary>The Levels of Need guide: tick what you see, get the suggested level and pathway.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/guides/levels-of-need")]
    public IActionResult LevelsOfNeed() => View();

    /// <summary>"Is this private fostering?"</summary>
    /// <returns>The page.</returns>
    [HttpGet("/guides/private-fostering")]
    public IActionResult PrivateFostering() => View();

    /// <summary>"Does this meet the LADO harm test?", and the LADO's timeliness figures.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/guides/lado")]
    public IActionResult Lado() => View();

    /// <summary>The board's indicator scorecard.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/scorecard")]
    public IActionResult Scorecard() => View(model: options.Value.Scorecard);
}
