using Safeguarding.Widgets.Caching;
using Safeguarding.Domain.Access;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>"Our actions due in the next N days", with those already overdue. View: <c>Views/Shared/Components/SafeguardingActionsDue/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class ActionsDueViewComponent(WidgetViewModelService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingActionsDue";

    /// <summary>Renders the list.</summary>
    /// <param name="plan">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="agency">A lead agency's name or short name, or <c>null</c> for every agency.</param>
    /// <param name="days">How many days ahead, or <c>null</c> for the configured default.</param>
    /// <param name="asAt">The date to look from, or <c>null</c> for today.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string? plan = null, string? agency = null, int? days = null, LocalDate? asAt = null) =>
        await this.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false)
        ?? await this.KeptOrRenderedAsync(plan, async () => View(await service.GetActionsDueAsync(plan, agency, days, asAt, HttpContext.RequestAborted).ConfigureAwait(false)), plan, agency, days, asAt).ConfigureAwait(false);
}
