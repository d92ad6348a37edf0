using Safeguarding.Widgets.Caching;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Papers;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>The action plan table: the whole plan, or one lead agency's actions, with derived ratings. View: <c>Views/Shared/Components/SafeguardingActionPlan/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class ActionPlanViewComponent(WidgetViewModelService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingActionPlan";

    /// <summary>Renders the table.</summary>
    /// <param name="plan">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="agency">A lead agency's name or short name, or <c>null</c> for every action.</param>
    /// <param name="asAt">The date to rate as at, or <c>null</c> for today.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string? plan = null, string? agency = null, LocalDate? asAt = null)
    {
        if (await this.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        return await this.KeptOrRenderedAsync(plan, async () =>
        {
            var model = await service.GetActionPlanAsync(plan, agency, asAt, HttpContext.RequestAborted).ConfigureAwait(false);
            // An agency the plan does not know is said in the widget; there is no paper of it to offer.
            if (model.Notice is null)
            {
                PaperLinks.Offer(this, PaperEndpoints.ActionPlan, agency is null ? "the action plan" : "these actions", ("plan", plan), ("agency", agency), ("asAt", asAt));
            }
            return View(model);
        }, plan, agency, asAt).ConfigureAwait(false);
    }
}
