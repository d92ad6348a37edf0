using Microsoft.AspNetCore.Mvc;
using Safeguarding.SampleIntranet.Models;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>Board reports.</summary>
public sealed class ReportsController(IntranetPageFactory pages) : Controller
{
    /// <summary>The exception report as at a date chosen on the page.</summary>
    /// <param name="asAt">The date, yyyy-MM-dd; empty for the intranet's default.</param>
    /// <param name="show">"exceptions" (the default) or "all".</param>
    /// <returns>The page; with a message beside the date field when the date cannot be read.</returns>
    [HttpGet("/exception-report")]
    public IActionResult ExceptionReport(string? asAt, string? show)
    {
        var page = pages.Create();
        var exceptionsOnly = !string.Equals(show, "all", StringComparison.OrdinalIgnoreCase);
        if (string.IsNullOrWhiteSpace(asAt))
        {
            return View(new ExceptionReportPage(page, exceptionsOnly, null, null));
        }
        if (!IntranetPageFactory.TryReadDate(asAt, out var chosen))
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(new ExceptionReportPage(page, exceptionsOnly, "Enter the date as a real date, for example 31 10 2014", asAt));
        }
        return View(new ExceptionReportPage(page with { AsAt = chosen }, exceptionsOnly, null, null));
    }
}
