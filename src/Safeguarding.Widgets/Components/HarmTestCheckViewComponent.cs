using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>
/// "Does this meet the LADO harm test?": the allegation's date and the four limbs as a plain form
/// (GET, works without script), and the answer with when to refer. View:
/// <c>Views/Shared/Components/SafeguardingHarmTestCheck/Default.cshtml</c>.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class HarmTestCheckViewComponent(StatutoryCheckService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingHarmTestCheck";

    /// <summary>Renders the checker, reading "allegationDate" and "limb" from the request's query.</summary>
    /// <returns>The view.</returns>
    public IViewComponentResult Invoke()
    {
        string? date = Request.Query.ContainsKey("allegationDate") ? Request.Query["allegationDate"].ToString() : null;
        var limbs = Request.Query["limb"].Where(value => value is not null).Select(value => value!).ToList();
        return View(service.CheckHarmTest(date, limbs, Request.Path));
    }
}
