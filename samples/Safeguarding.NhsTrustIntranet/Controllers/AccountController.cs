using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Options;

namespace Safeguarding.NhsTrustIntranet.Controllers;

/// <summary>The sample's one demonstration user, signed in with a cookie. A real trust signs in with its own identity provider.</summary>
[AllowAnonymous]
public sealed class AccountController(IOptions<TrustOptions> trust) : Controller
{
    /// <summary>The demonstration user's email address (sample only).</summary>
    public const string Email = "trust.lead@sample.invalid";

    /// <summary>The demonstration user's password: for the sample only, published here; never deploy it.</summary>
    public const string Password = "Sample-Only-Password-1";

    /// <summary>The sign-in page.</summary>
    /// <param name="returnUrl">The local page to go to after signing in.</param>
    /// <returns>The page.</returns>
    [HttpGet("/account/sign-in")]
    public IActionResult SignIn(string? returnUrl) => View(model: Url.IsLocalUrl(returnUrl) ? returnUrl : null);

    /// <summary>Signs the demonstration user in.</summary>
    /// <param name="email">The email address.</param>
    /// <param name="password">The password.</param>
    /// <param name="returnUrl">The local page to go to.</param>
    /// <returns>A redirect, or the form again saying what was wrong.</returns>
    [HttpPost("/account/sign-in")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignIn([FromForm] string? email, [FromForm] string? password, [FromForm] string? returnUrl)
    {
        var right = string.Equals(email?.Trim(), Email, StringComparison.OrdinalIgnoreCase)
            & CryptographicOperations.FixedTimeEquals(SHA256.HashData(Encoding.UTF8.GetBytes(password ?? string.Empty)), SHA256.HashData(Encoding.UTF8.GetBytes(Password)));
        if (!right)
        {
            ViewData["Error"] = "Enter a correct email address and password.";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return View(model: Url.IsLocalUrl(returnUrl) ? returnUrl : null);
        }
        var identity = new ClaimsIdentity(
        [
            new Claim(ClaimTypes.NameIdentifier, "trust-lead-1"),
            new Claim("name", "Nia Howell"),
            new Claim(ClaimTypes.Role, "AgencyLead"),
            new Claim("safeguarding_agency", trust.Value.Agency),
        ], CookieAuthenticationDefaults.AuthenticationScheme);
        await HttpContext.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme, new ClaimsPrincipal(identity));
        return LocalRedirect(Url.IsLocalUrl(returnUrl) ? returnUrl! : "/");
    }
}
