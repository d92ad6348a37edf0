using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewComponents;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Security;

namespace Safeguarding.Widgets.Components;

/// <summary>Lets a widget refuse, in its own place on the page, what the viewer may not see.</summary>
internal static class ViewComponentAuthorization
{
    internal const string NotAllowedView = "/Views/Shared/_SgNotAllowed.cshtml";

    /// <summary>Checks a board activity; returns the refusal to render, or <c>null</c> when allowed.</summary>
    internal static async Task<IViewComponentResult?> RefuseUnlessAllowedAsync(this ViewComponent component, BoardActivity activity)
    {
        var authorization = component.HttpContext.RequestServices.GetRequiredService<IAuthorizationService>();
        if ((await authorization.AuthorizeAsync(component.HttpContext.User, SafeguardingPolicies.For(activity)).ConfigureAwait(false)).Succeeded)
        {
            return null;
        }
        var signedIn = component.HttpContext.User.Identity?.IsAuthenticated == true;
        var message = activity switch
        {
            BoardActivity.ReadLadoAggregates => signedIn
                ? "The LADO's figures are shown to the business unit, board members and the LADO."
                : "Sign in to see the LADO's figures.",
            BoardActivity.ReadLadoCases => signedIn
                ? "LADO case records are shown to the LADO only."
                : "Sign in to see the LADO's case records.",
            BoardActivity.ManagePrivateFosteringRegister => signedIn
                ? "The private fostering register is shown to the authority's private fostering officer only."
                : "Sign in to see the private fostering register.",
            _ => signedIn
                ? "Your role does not give you access to the board's plans and reports."
                : "Sign in to see the board's plans, ratings and reports.",
        };
        return new ViewViewComponentResult
        {
            ViewName = NotAllowedView,
            ViewData = new Microsoft.AspNetCore.Mvc.ViewFeatures.ViewDataDictionary<string>(component.ViewData, message),
        };
    }
}
