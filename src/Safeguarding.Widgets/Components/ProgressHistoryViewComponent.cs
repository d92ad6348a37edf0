using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Papers;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.Progress;

namespace Safeguarding.Widgets.Components;

/// <summary>An action's progress timeline. View: <c>Views/Shared/Components/SafeguardingProgressHistory/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class ProgressHistoryViewComponent(ProgressWidgetService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingProgressHistory";

    /// <summary>Renders the timeline.</summary>
    /// <param name="action">The action's ref.</param>
    /// <param name="plan">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="headingLevel">The heading level, 1 to 6. The default is 2.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string action, string? plan = null, int headingLevel = 2)
    {
        if (await this.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        var model = await service.GetHistoryAsync(HttpContext, plan, action, headingLevel).ConfigureAwait(false);
        PaperLinks.Offer(this, PaperEndpoints.ProgressHistory, $"action {model.ActionRef}'s history", ("plan", plan), ("action", model.ActionRef));
        return View(model);
    }
}
