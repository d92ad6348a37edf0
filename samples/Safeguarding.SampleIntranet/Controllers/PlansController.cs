using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>
/// The business unit's plans: upload next year's plan or a revised one (validated, then the
/// problems or the changes shown to confirm), and archive a finished plan or reopen it.
/// </summary>
[Authorize(Policy = SafeguardingPolicies.ManagePlans)]
public sealed class PlansController(IBusinessPlanRepository repository, IClock clock) : Controller
{
    // A plan file of at most 5 MB, and its base64 copy in the confirmation form, with room for the other fields.
    private const int UploadLimit = PlanFileUpload.MaxFileBytes + (1024 * 1024);
    private const int ConfirmLimit = (PlanFileUpload.MaxFileBytes / 3 * 4) + (1024 * 1024);
    private const string MessageKey = "plans.message";

    /// <summary>The plans kept, the upload form, and archive or reopen for each plan.</summary>
    /// <returns>The page.</returns>
    [HttpGet("/plans")]
    public async Task<IActionResult> Index() => View(await PageAsync(TempData[MessageKey] as string, null));

    /// <summary>Reads an uploaded plan file and shows its problems or what it would change; stores nothing.</summary>
    /// <param name="planFile">The file chosen in the form's "PlanFile" field.</param>
    /// <returns>The page of problems or changes to confirm, or the plans page saying to choose a file.</returns>
    [HttpPost("/plans/upload")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(UploadLimit)]
    [RequestFormLimits(MultipartBodyLengthLimit = UploadLimit)]
    public async Task<IActionResult> Upload(IFormFile? planFile)
    {
        if (planFile is null || planFile.Length == 0)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await PageAsync(null, "Choose a plan file (.json) to upload"));
        }
        var content = await ReadAsync(planFile);
        var upload = await PlanFileUpload.ReadAsync(repository, content, planFile.FileName, cancellationToken: HttpContext.RequestAborted);
        if (!upload.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }
        return View(new PlanUploadPage(upload, Convert.ToBase64String(content), null));
    }

    /// <summary>Stores a file the person has seen the changes of: adds the plan, or stores the revision made from the revision they saw.</summary>
    /// <param name="fileName">The file's name, which gives the plan's key.</param>
    /// <param name="content">The file's bytes as base64.</param>
    /// <param name="expectedRevision">The stored plan's revision the changes were shown against, or -1 for a new plan.</param>
    /// <param name="dropActionsWithProgress">Whether the person chose to drop actions that have recorded progress.</param>
    /// <returns>A redirect to the plans page saying what was stored, or the changes again with why nothing was stored.</returns>
    [HttpPost("/plans/confirm")]
    [ValidateAntiForgeryToken]
    [RequestSizeLimit(ConfirmLimit)]
    [RequestFormLimits(ValueLengthLimit = ConfirmLimit)]
    public async Task<IActionResult> Confirm(string? fileName, string? content, int expectedRevision, bool dropActionsWithProgress)
    {
        var bytes = FromBase64(content);
        if (string.IsNullOrEmpty(fileName) || bytes is null)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Index), await PageAsync(null, "The uploaded file did not come back whole: choose it and upload it again"));
        }
        var cancellation = HttpContext.RequestAborted;
        var upload = await PlanFileUpload.ReadAsync(repository, bytes, fileName, dropActionsWithProgress, cancellation);
        if (!upload.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(nameof(Upload), new PlanUploadPage(upload, content!, null));
        }
        if (upload.ExpectedRevision != expectedRevision)
        {
            return Again(upload, content!, upload.AddsPlan
                ? "Nothing was stored: the plan you compared with is no longer kept. Check what the file would add now."
                : $"Nothing was stored: the plan was revised by someone else (revision {upload.ExpectedRevision}) after the one you compared with. Check the changes against it now.");
        }
        if (upload.AddsPlan)
        {
            try
            {
                await repository.AddAsync(upload.Plan!, cancellation);
            }
            catch (InvalidOperationException)
            {
                return Again(await PlanFileUpload.ReadAsync(repository, bytes, fileName, dropActionsWithProgress, cancellation), content!,
                    "Nothing was stored: someone else added a plan with this key meanwhile. Check the changes against it now.");
            }
            return Done($"Added the plan “{upload.Plan!.Title}” ({upload.Key}), with {upload.Plan.Actions.Count()} actions.");
        }
        var result = await repository.ReviseAsync(upload.Plan!, expectedRevision, dropActionsWithProgress, cancellation);
        return result.Status switch
        {
            PlanRevisionStatus.Stored => Done($"“{upload.Plan!.Title}”: {result.Message}"),
            PlanRevisionStatus.Refused => Again(upload, content!, result.Message),
            _ => Again(await PlanFileUpload.ReadAsync(repository, bytes, fileName, dropActionsWithProgress, cancellation), content!, result.Message),
        };
    }

    /// <summary>Archives a finished plan: still readable and reportable, no longer offered for updates.</summary>
    /// <param name="key">The plan's key.</param>
    /// <returns>A redirect to the plans page.</returns>
    [HttpPost("/plans/archive")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Archive(string? key) =>
        key is not null && await repository.ArchiveAsync(key, clock.GetCurrentInstant(), HttpContext.RequestAborted)
            ? Done($"Archived the plan {key}: it can still be read and reported on, and no progress is recorded on it.")
            : NotFound("There is no such plan.");

    /// <summary>Reopens an archived plan for progress.</summary>
    /// <param name="key">The plan's key.</param>
    /// <returns>A redirect to the plans page.</returns>
    [HttpPost("/plans/reopen")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> Reopen(string? key) =>
        key is not null && await repository.ReopenAsync(key, HttpContext.RequestAborted)
            ? Done($"Reopened the plan {key}: progress can be recorded on it again.")
            : NotFound("There is no such plan.");

    private static async Task<byte[]> ReadAsync(IFormFile file)
    {
        // The form limit already refused anything much larger; a file over the plan file limit is read in part and refused by name.
        using var buffer = new MemoryStream();
        await using var stream = file.OpenReadStream();
        await stream.CopyToAsync(buffer);
        return buffer.ToArray();
    }

    private static byte[]? FromBase64(string? content)
    {
        var bytes = new byte[((content?.Length ?? 0) / 4 * 3) + 3];
        return content is not null && Convert.TryFromBase64String(content, bytes, out var written) ? bytes[..written] : null;
    }

    private async Task<PlansPage> PageAsync(string? message, string? fileError) =>
        new(await repository.ListAsync(HttpContext.RequestAborted), message, fileError);

    private ViewResult Again(PlanFileUpload upload, string content, string problem)
    {
        Response.StatusCode = StatusCodes.Status409Conflict;
        return View(nameof(Upload), new PlanUploadPage(upload, content, problem));
    }

    private RedirectResult Done(string message)
    {
        TempData[MessageKey] = message;
        return Redirect("/plans");
    }
}
