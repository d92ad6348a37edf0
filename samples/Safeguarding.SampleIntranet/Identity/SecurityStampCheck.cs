using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Options;

namespace Safeguarding.SampleIntranet.Identity;

/// <summary>
/// Checks a sign-in against the user's security stamp (a changed password or a removed role ends
/// it) when Identity's interval has passed since the cookie was issued, as Identity's own
/// <see cref="SecurityStampValidator"/> does, but without building Identity's user manager and
/// store for every request in between: the interval is read first.
/// </summary>
public static class SecurityStampCheck
{
    /// <summary>Hands the sign-in to Identity's check when it is due, and otherwise accepts it as it stands.</summary>
    /// <param name="context">The cookie's validation context.</param>
    /// <returns>A task that completes when the sign-in has been checked or let stand.</returns>
    public static Task ValidateWhenDueAsync(CookieValidatePrincipalContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var options = context.HttpContext.RequestServices.GetRequiredService<IOptions<SecurityStampValidatorOptions>>().Value;
        return IsDue(context.Properties.IssuedUtc, options, context.HttpContext.RequestServices.GetService<TimeProvider>() ?? TimeProvider.System)
            ? SecurityStampValidator.ValidatePrincipalAsync(context)
            : Task.CompletedTask;
    }

    /// <summary>Whether a cookie issued at <paramref name="issuedUtc"/> is due a check: when it has no issue time, or its interval has passed.</summary>
    /// <param name="issuedUtc">When the cookie was issued (or last renewed), if known.</param>
    /// <param name="options">Identity's security stamp options, with the interval.</param>
    /// <param name="time">The time now.</param>
    /// <returns><c>true</c> when Identity's check should run.</returns>
    public static bool IsDue(DateTimeOffset? issuedUtc, SecurityStampValidatorOptions options, TimeProvider time)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(time);
        var now = (options.TimeProvider ?? time).GetUtcNow();
        return issuedUtc is not { } issued || now - issued > options.ValidationInterval;
    }
}
