using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.Widgets.Security;

namespace Safeguarding.SampleIntranet.Controllers;

/// <summary>Signing in and out, and the page shown when a signed-in user may not see a page.</summary>
[AllowAnonymous]
public sealed class AccountController(SignInManager<IdentityUser> signIn, IBoardUserResolver users) : Controller
{
    /// <summary>The one message for a wrong email address or password: it never says whether the email address has an account.</summary>
    public const string WrongCredentials = "Enter a correct email address and password. After 5 wrong tries, wait 5 minutes before trying again.";

    private static readonly IdentityUser NoOne = new("no-one@sample.invalid");
    private static readonly Lazy<string> NoOnesHash = new(() => new PasswordHasher<IdentityUser>().HashPassword(NoOne, Guid.NewGuid().ToString()));

    /// <summary>The sign-in page.</summary>
    /// <param name="returnUrl">The local page to go to after signing in.</param>
    /// <param name="signedOut">Whether the user has just signed out.</param>
    /// <returns>The page.</returns>
    [HttpGet("/account/sign-in")]
    public IActionResult SignIn(string? returnUrl, bool signedOut = false) =>
        View(new SignInForm { ReturnUrl = LocalOrNull(returnUrl), SignedOut = signedOut });

    /// <summary>Signs in with an email address and password.</summary>
    /// <param name="form">The form.</param>
    /// <returns>A redirect to the page asked for (or the dashboard); the form again, with errors, when the details are missing or wrong.</returns>
    [HttpPost("/account/sign-in")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignIn([FromForm] SignInForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        form.ReturnUrl = LocalOrNull(form.ReturnUrl);
        form.Email = form.Email?.Trim();
        if (string.IsNullOrEmpty(form.Email))
        {
            form.Errors.Add(new("email", "Enter your email address"));
        }
        if (string.IsNullOrEmpty(form.Password))
        {
            form.Errors.Add(new("password", "Enter your password"));
        }
        if (form.Errors.Count == 0)
        {
            var user = await signIn.UserManager.FindByNameAsync(form.Email!);
            if (user is null)
            {
                // Spend the time a password check takes, so the answer's timing does not tell either.
                signIn.UserManager.PasswordHasher.VerifyHashedPassword(NoOne, NoOnesHash.Value, form.Password!);
            }
            else
            {
                var result = await signIn.PasswordSignInAsync(user, form.Password!, isPersistent: false, lockoutOnFailure: true);
                if (result.Succeeded)
                {
                    return LocalRedirect(form.ReturnUrl ?? "/");
                }
            }
            // Failed, locked out or not allowed: the same words, so the page never tells whether an account exists.
            form.Errors.Add(new("password", WrongCredentials));
        }
        form.Password = null;
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return View(form);
    }

    /// <summary>
    /// Asks whether to sign out, with a button that does. Every page links here rather than
    /// carrying a sign-out form of its own: a form's antiforgery token is good in one browser only,
    /// so a page with one is kept per browser rather than per person, and only once the browser
    /// holds its antiforgery cookie.
    /// </summary>
    /// <returns>The page; the sign-in page for someone not signed in.</returns>
    [HttpGet("/account/sign-out")]
    public IActionResult ConfirmSignOut()
    {
        if (User.Identity?.IsAuthenticated != true)
        {
            return RedirectToAction(nameof(SignIn));
        }
        return View("SignOut", users.Resolve(User)?.DisplayName ?? User.Identity.Name);
    }

    /// <summary>Signs out, then shows the sign-in page saying so.</summary>
    /// <returns>A redirect to the sign-in page.</returns>
    [HttpPost("/account/sign-out")]
    [ValidateAntiForgeryToken]
    public async Task<IActionResult> SignOutOfIntranet()
    {
        await signIn.SignOutAsync();
        return RedirectToAction(nameof(SignIn), new { signedOut = true });
    }

    /// <summary>Says, in words, what the signed-in user may not do.</summary>
    /// <param name="returnUrl">The page they asked for.</param>
    /// <returns>The page, with status 403.</returns>
    [HttpGet("/account/access-denied")]
    public IActionResult AccessDenied(string? returnUrl)
    {
        var user = users.Resolve(User);
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return View(new AccessDeniedPage(User.Identity?.IsAuthenticated == true, user?.DisplayName, user is null ? null : string.Join(", ", user.Roles.Select(RoleNames.Of)), CannotDo(LocalOrNull(returnUrl))));
    }

    private static string CannotDo(string? page)
    {
        if (page is null)
        {
            return "see that page";
        }
        var path = page.Split('?', 2)[0].TrimEnd('/').ToUpperInvariant();
        return path switch
        {
            "" or "/HOME" or "/HOME/INDEX" => "see the safeguarding dashboard: the board's ratings and the actions due",
            "/OUR-ACTIONS" => "see your agency's actions in the board's business plan",
            "/BUSINESS-PLAN" => "read the board's business plan and its ratings",
            "/EXCEPTION-REPORT" => "read the board's exception report",
            "/SCORECARD" => "read the board's indicator scorecard",
            _ => "see that page",
        };
    }

    private string? LocalOrNull(string? url) => !string.IsNullOrEmpty(url) && Url.IsLocalUrl(url) ? url : null;
}
