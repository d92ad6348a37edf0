using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>
/// The Levels of Need guide: tick the indicators seen, and it suggests the level, the pathway and
/// what to do now. A plain form sent by GET, so it works without script. View:
/// <c>Views/Shared/Components/SafeguardingLevelsOfNeed/Default.cshtml</c>.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class LevelsOfNeedViewComponent(ThresholdViewModelService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingLevelsOfNeed";

    /// <summary>Renders the guide, reading the ticked indicators from the request's "indicator" fields.</summary>
    /// <returns>The view.</returns>
    public IViewComponentResult Invoke()
    {
        var selected = Request.Query["indicator"].Where(value => !string.IsNullOrWhiteSpace(value)).Select(value => value!.Trim()).ToList();
        return View(service.GetLevelsOfNeed(selected, Request.Path));
    }
}
