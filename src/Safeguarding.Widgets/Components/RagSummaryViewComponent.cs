using Safeguarding.Widgets.Caching;
using Safeguarding.Domain.Access;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>The RAG summary per priority, as server-rendered SVG bars with the counts in words. View: <c>Views/Shared/Components/SafeguardingRagSummary/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class RagSummaryViewComponent(WidgetViewModelService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingRagSummary";

    /// <summary>Renders the summary.</summary>
    /// <param name="plan">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="asAt">The date to rate as at, or <c>null</c> for today.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string? plan = null, LocalDate? asAt = null) =>
        await this.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false)
        ?? await this.KeptOrRenderedAsync(plan, async () => View(await service.GetRagSummaryAsync(plan, asAt, HttpContext.RequestAborted).ConfigureAwait(false)), plan, asAt).ConfigureAwait(false);
}
