using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.Progress;

namespace Safeguarding.Widgets.Components;

/// <summary>The progress form for one action. View: <c>Views/Shared/Components/SafeguardingProgressUpdate/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class ProgressUpdateViewComponent(ProgressWidgetService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingProgressUpdate";

    /// <summary>Renders the form, or why this person cannot record on the action.</summary>
    /// <param name="action">The action's ref.</param>
    /// <param name="plan">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="headingLevel">The heading level, 1 to 6. The default is 2.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string action, string? plan = null, int headingLevel = 2) =>
        View(await service.GetFormAsync(HttpContext, plan, action, headingLevel).ConfigureAwait(false));
}
