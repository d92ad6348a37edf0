using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>
/// "Is this private fostering?": a plain form (GET, works without script) of the facts, and the
/// answer with its reasons in law. Asks for no name or date of birth. View:
/// <c>Views/Shared/Components/SafeguardingPrivateFosteringCheck/Default.cshtml</c>.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class PrivateFosteringCheckViewComponent(StatutoryCheckService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingPrivateFosteringCheck";

    private static readonly string[] Fields = ["age", "disabled", "carer", "tie", "parentalResponsibility", "setting", "personalCapacity", "daysSoFar", "intendedDays"];

    /// <summary>Renders the checker, reading the form's fields from the request's query.</summary>
    /// <returns>The view.</returns>
    public IViewComponentResult Invoke()
    {
        var form = Fields.Where(field => Request.Query.ContainsKey(field))
            .ToDictionary(field => field, field => (string?)Request.Query[field].ToString(), StringComparer.Ordinal);
        return View(service.CheckPrivateFostering(form, Request.Path));
    }
}
