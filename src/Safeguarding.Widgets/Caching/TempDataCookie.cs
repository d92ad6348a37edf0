using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Safeguarding.Widgets.Caching;

/// <summary>
/// Where the widgets' TempData (a refused form's typed text and errors, a message shown once) can be:
/// with ASP.NET Core's default provider, in a cookie the browser sends back.
/// </summary>
internal static class TempDataCookie
{
    /// <summary>Tells whether the request carries the TempData cookie.</summary>
    /// <param name="http">The request.</param>
    /// <returns><c>true</c> when the cookie was sent.</returns>
    public static bool IsSent(HttpContext http) =>
        http.Request.Cookies.ContainsKey(
            http.RequestServices.GetService<IOptions<CookieTempDataProviderOptions>>()?.Value.Cookie.Name ?? CookieTempDataProvider.CookieName);

    /// <summary>
    /// Tells whether the request may carry TempData: always when TempData is kept anywhere but in a
    /// cookie (session state), otherwise only when the cookie was sent. Reading TempData that cannot
    /// be there is skipped, because ASP.NET Core answers any read with a cookie deleting it, and a
    /// page that sets a cookie is never kept.
    /// </summary>
    /// <param name="http">The request.</param>
    /// <returns><c>false</c> when there is certainly no TempData to read.</returns>
    public static bool MayCarryTempData(HttpContext http) =>
        http.RequestServices.GetService<ITempDataProvider>() is not CookieTempDataProvider || IsSent(http);
}
