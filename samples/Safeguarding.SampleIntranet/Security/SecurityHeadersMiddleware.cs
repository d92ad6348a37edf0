namespace Safeguarding.SampleIntranet.Security;

/// <summary>
/// Adds the sample's security headers to every response, static files and errors included: a
/// content security policy with no inline script or style (the widgets need none), no MIME
/// sniffing, no framing by other sites, a referrer trimmed to the origin across sites, and no
/// powerful browser features.
/// </summary>
/// <param name="next">The rest of the pipeline.</param>
public sealed class SecurityHeadersMiddleware(RequestDelegate next)
{
    /// <summary>The content security policy: everything from this site only; no plugins; forms post only here.</summary>
    public const string ContentSecurityPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; " +
        "object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";

    /// <summary>The permissions policy: none of the browser's powerful features are used.</summary>
    public const string PermissionsPolicy = "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

    /// <summary>Sets the headers as the response starts, then runs the rest of the pipeline.</summary>
    /// <param name="context">The request.</param>
    /// <returns>A task that completes with the response.</returns>
    public Task InvokeAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        context.Response.OnStarting(() =>
        {
            var headers = context.Response.Headers;
            // A response that set its own policy (the board hub's API and embeds, whose frame-ancestors
            // name the partners' intranets) keeps its own headers, and gets no X-Frame-Options.
            if (headers.ContainsKey("Content-Security-Policy"))
            {
                return Task.CompletedTask;
            }
            headers.ContentSecurityPolicy = ContentSecurityPolicy;
            headers.XContentTypeOptions = "nosniff";
            headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
            headers.XFrameOptions = "SAMEORIGIN";
            headers["Permissions-Policy"] = PermissionsPolicy;
            return Task.CompletedTask;
        });
        return next(context);
    }
}
