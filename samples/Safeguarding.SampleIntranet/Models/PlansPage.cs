using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.SampleIntranet.Models;

/// <summary>The business unit's plans page: the plans kept, what just happened, and the upload form's error.</summary>
/// <param name="Plans">The plans, by title.</param>
/// <param name="Message">What the last action did, such as "Added plan …", or <c>null</c>.</param>
/// <param name="FileError">What is wrong with the upload form (no file chosen), or <c>null</c>.</param>
public sealed record PlansPage(IReadOnlyList<BusinessPlanSummary> Plans, string? Message, string? FileError);

/// <summary>
/// An uploaded plan file, read and compared with the store: its problems, or the plan it adds, or
/// the changes to confirm. The file travels back with the confirmation (as base64 in a hidden
/// field) and is read and compared again then, so nothing is kept on the server in between.
/// </summary>
/// <param name="Upload">What the file would do.</param>
/// <param name="Content">The file's bytes as base64, for the confirmation form.</param>
/// <param name="Problem">Why the last confirmation stored nothing (a conflict, or a drop not chosen), or <c>null</c>.</param>
public sealed record PlanUploadPage(PlanFileUpload Upload, string Content, string? Problem);
