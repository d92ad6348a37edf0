using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>
/// "Is this private fostering?": a plain form of the facts, posted with an antiforgery token (works
/// without script), and the answer with its reasons in law. Asks for no name or date of birth, and
/// keeps the facts out of addresses and logs: the host page must accept a POST to its own address
/// (see the widget reference). View: <c>Views/Shared/Components/SafeguardingPrivateFosteringCheck/Default.cshtml</c>.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class PrivateFosteringCheckViewComponent(StatutoryCheckService service, IAntiforgery antiforgery) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingPrivateFosteringCheck";

    /// <summary>The value of the form's "sg-check" field, which says the post is this checker's.</summary>
    public const string Check = "private-fostering";

    private static readonly string[] Fields = ["age", "disabled", "carer", "tie", "parentalResponsibility", "setting", "personalCapacity", "daysSoFar", "intendedDays"];

    /// <summary>Renders the checker: empty on a GET, answered from the posted form on a POST to it with a valid antiforgery token.</summary>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync()
    {
        var (form, refusal) = await CheckerForm.ReadAsync(HttpContext, antiforgery, Check, Fields).ConfigureAwait(false);
        return View(service.CheckPrivateFostering(form, Request.Path) with { FormError = refusal });
    }
}
