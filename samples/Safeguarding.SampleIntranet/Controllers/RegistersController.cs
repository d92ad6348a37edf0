using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.Allegations;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>
/// The case registers' pages: the LADO's cases (the LADO only), the LADO's figures from the register
/// (the business unit, board members and the LADO), and private fostering visits due (the private
/// fostering officer). The policies refuse everyone else before any case is read.
/// </summary>
/// <param name="allegations">The LADO's register, for imports.</param>
/// <param name="users">Resolves the signed-in board user.</param>
public sealed class RegistersController(AllegationRegister allegations, IBoardUserResolver users) : Controller
{
    // A spreadsheet of at most 5 MB (the sample's limit for any upload), with room for the other fields.
    private const int UploadLimit = 6 * 1024 * 1024;
    private const string MessageKey = "lado.message";

    /// <summary>The LADO's case list, the year's timeliness, and the import form.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/lado/cases")]
    [Authorize(Policy = SafeguardingPolicies.ReadLadoCases)]
    public IActionResult LadoCases() => View(new LadoCasesPage(TempData[MessageKey] as string, null, null));

    /// <summary>
    /// Imports the LADO's spreadsheet saved as CSV: every case in it, or, when any row is wrong or a
    /// case is already in the register, none, with each problem by line and column.
    /// </summary>
    /// <param name="spreadsheet">The file chosen in the form's "Spreadsheet" field.</param>
    /// <returns>A redirect to the cases saying how many were imported, or the page with the problems (400).</returns>
    [HttpPost("/lado/import")]
    [Authorize(Policy = SafeguardingPolicies.ManageLadoCases)]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> ImportLadoCases(IFormFile? spreadsheet)
    {
        if (spreadsheet is null || spreadsheet.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(LadoCases), new LadoCasesPage(null, "Choose the spreadsheet, saved as CSV, to import", null));
        }
        await using var content = spreadsheet.OpenReadStream();
        var result = await allegations.ImportAsync(users.Resolve(User), content, Path.GetFileName(spreadsheet.FileName), HttpContext.RequestAborted);
        if (!result.IsStored)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(LadoCases), new LadoCasesPage(null, null, result));
        }
        TempData[MessageKey] = $"Imported {result.Imported.Count} case{(result.Imported.Count == 1 ? string.Empty : "s")} from {Path.GetFileName(spreadsheet.FileName)}.";
        return Redirect("/lado/cases");
    }

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
