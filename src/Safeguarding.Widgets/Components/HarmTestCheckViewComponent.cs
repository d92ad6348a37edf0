using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>
/// "Does this meet the LADO harm test?": the allegation's date and the four limbs as a plain form,
/// posted with an antiforgery token (works without script), and the answer with when to refer, or
/// how to handle a low-level concern. The host page must accept a POST to its own address (see the
/// widget reference). View: <c>Views/Shared/Components/SafeguardingHarmTestCheck/Default.cshtml</c>.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class HarmTestCheckViewComponent(StatutoryCheckService service, IAntiforgery antiforgery) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingHarmTestCheck";

    /// <summary>The value of the form's "sg-check" field, which says the post is this checker's.</summary>
    public const string Check = "harm-test";

    private static readonly string[] Fields = ["allegationDate", "limb"];

    /// <summary>Renders the checker: empty on a GET, answered from the posted "allegationDate" and "limb" fields on a POST to it with a valid antiforgery token.</summary>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var (form, refusal) = await CheckerForm.ReadAsync(HttpContext, antiforgery, Check, Fields).ConfigureAwait(false);
        string? date = form.TryGetValue("allegationDate", out var dates) ? string.Join(",", dates.ToArray()) : null;
        var limbs = form.TryGetValue("limb", out var values) ? values.Where(value => value is not null).Select(value => value!).ToList() : [];
        return View(service.CheckHarmTest(date, limbs, Request.Path) with { FormError = refusal });
    }
}
