using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.SampleIntranet.Models;

/// <summary>The exception report page: the page's settings, the date chosen and the mode.</summary>
/// <param name="Page">The page's settings, with the chosen plan and as-at date.</param>
/// <param name="ExceptionsOnly">Whether only exceptions are listed.</param>
/// <param name="Error">What was wrong with the date typed, or <c>null</c>.</param>
/// <param name="TypedDate">The date as typed, kept when it was wrong.</param>
public sealed record ExceptionReportPage(IntranetPage Page, bool ExceptionsOnly, string? Error, string? TypedDate)
{
    /// <summary>Gets the plans that can be chosen, by title.</summary>
    public IReadOnlyList<BusinessPlanSummary> Plans { get; init; } = [];

    /// <summary>Gets a note on the date used, when it is not the one asked for; or <c>null</c>.</summary>
    public string? Note { get; init; }
}
