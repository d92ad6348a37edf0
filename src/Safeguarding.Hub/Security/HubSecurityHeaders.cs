using System.Security.Cryptography;
using Microsoft.AspNetCore.Http;

namespace Safeguarding.Hub.Security;

/// <summary>
/// The security headers of every hub response. The API's JSON may be framed by nothing and runs no
/// script; an embed may be framed only by the allowed intranets (<c>frame-ancestors</c>, never
/// <c>X-Frame-Options</c>, which cannot name them) and runs only its own script, by nonce.
/// </summary>
/// <remarks>
/// A host's own header middleware must leave a response that already carries a
/// Content-Security-Policy alone (as the sample's does), or it would replace the embeds' frame-ancestors.
/// </remarks>
public static class HubSecurityHeaders
{
    /// <summary>The API's content security policy: nothing may load, nothing may frame it.</summary>
    public const string ApiContentSecurityPolicy = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    /// <summary>Sets the API's headers.</summary>
    /// <param name="response">The response, not yet started.</param>
    public static void ForApi(HttpResponse response)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy = ApiContentSecurityPolicy;
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "no-referrer";
        headers.XFrameOptions = "DENY";
    }

    /// <summary>Sets an embed's headers: its script and style by nonce, framed only by <paramref name="frameAncestors"/>, and no X-Frame-Options (antiforgery adds SAMEORIGIN; it is taken away).</summary>
    /// <param name="response">The response, not yet started.</param>
    /// <param name="nonce">The page's nonce.</param>
    /// <param name="frameAncestors">The sources allowed to frame it, such as <c>'self'</c> and <c>https://intranet.example.org</c>; <c>'none'</c> for a fragment.</param>
    public static void ForEmbed(HttpResponse response, string nonce, IEnumerable<string> frameAncestors)
    {
        ArgumentNullException.ThrowIfNull(response);
        var headers = response.Headers;
        headers.ContentSecurityPolicy =
            $"default-src 'none'; script-src 'nonce-{nonce}'; style-src 'self' 'nonce-{nonce}'; img-src 'self' data:; font-src 'self'; " +
            $"form-action 'self'; base-uri 'none'; frame-ancestors {string.Join(' ', frameAncestors)}";
        headers.XContentTypeOptions = "nosniff";
        headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
        headers.CacheControl = "no-store";
        headers.Remove(Microsoft.Net.Http.Headers.HeaderNames.XFrameOptions);
    }

    /// <summary>Makes a nonce for one page: 128 random bits.</summary>
    /// <returns>The nonce, base64.</returns>
    public static string NewNonce() => Convert.ToBase64String(RandomNumberGenerator.GetBytes(16));
}
