using Safeguarding.Widgets.Caching;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Papers;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>The exception report as at a date. View: <c>Views/Shared/Components/SafeguardingExceptionReport/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class ExceptionReportViewComponent(WidgetViewModelService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingExceptionReport";

    /// <summary>Renders the report.</summary>
    /// <param name="plan">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="asAt">The date to report as at, or <c>null</c> for today.</param>
    /// <param name="exceptionsOnly"><c>true</c> (the default) for exceptions only; <c>false</c> for every action due.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string? plan = null, LocalDate? asAt = null, bool exceptionsOnly = true)
    {
        if (await this.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        return await this.KeptOrRenderedAsync(plan, async () =>
        {
            var model = await service.GetExceptionReportAsync(plan, asAt, exceptionsOnly, HttpContext.RequestAborted).ConfigureAwait(false);
            PaperLinks.Offer(this, PaperEndpoints.ExceptionReport, "the exception report", ("plan", plan), ("asAt", asAt), ("exceptionsOnly", exceptionsOnly));
            return View(model);
        }, plan, asAt, exceptionsOnly).ConfigureAwait(false);
    }
}
