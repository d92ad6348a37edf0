using Safeguarding.Widgets.Caching;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Papers;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.Progress;

namespace Safeguarding.Widgets.Components;

/// <summary>Progress returns due and overdue. View: <c>Views/Shared/Components/SafeguardingUpdatesDue/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class UpdatesDueViewComponent(ProgressWidgetService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingUpdatesDue";

    /// <summary>Renders the returns due.</summary>
    /// <param name="plan">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="agency">An agency's name or short name, or <c>null</c> for the viewer's own agency (agency lead) or every agency.</param>
    /// <param name="asAt">The date, or <c>null</c> for today.</param>
    /// <param name="headingLevel">The heading level, 1 to 6. The default is 2.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string? plan = null, string? agency = null, LocalDate? asAt = null, int headingLevel = 2)
    {
        if (await this.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        return await this.KeptOrRenderedAsync(plan, async () =>
        {
            var model = await service.GetUpdatesDueAsync(HttpContext, plan, agency, asAt, headingLevel).ConfigureAwait(false);
            if (model.Notice is null)
            {
                PaperLinks.Offer(this, PaperEndpoints.UpdatesDue, "the progress returns due", ("plan", plan), ("agency", agency), ("asAt", asAt));
            }
            return View(model);
        }, plan, agency, asAt, headingLevel).ConfigureAwait(false);
    }
}
