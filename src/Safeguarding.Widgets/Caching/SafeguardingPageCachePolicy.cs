using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Safeguarding.Domain.Storage;

namespace Safeguarding.Widgets.Caching;

/// <summary>
/// An ASP.NET Core output cache policy for an intranet's pages that show the widgets: a page is
/// kept for the person who asked for it, and served again only while nothing it could show has
/// changed — nothing committed to the board's store (<see cref="IBoardRecordsVersion"/>), no
/// scorecard or annual report file changed, the same day, and the same person with the same claims.
/// Add it with <see cref="SafeguardingPageCacheOptionsExtensions.AddSafeguardingPagePolicy"/> and name
/// it on a page with <c>[OutputCache(PolicyName = SafeguardingPageCachePolicy.PolicyName)]</c>.
/// </summary>
/// <remarks>
/// <para>A response is never kept when it sets a cookie, is not a 200, or carries
/// <c>Cache-Control: no-store</c> or <c>no-cache</c> — except, under
/// <see cref="PagesWithFormsPolicyName"/>, where antiforgery alone set them, issuing form tokens for
/// the antiforgery cookie the browser sent: such a page (a form that posts) is kept for that cookie,
/// which is then part of the key, and served with the same <c>no-store</c>. A browser's first visit,
/// before it holds the cookie, is rendered. Only GET and HEAD requests without
/// an <c>Authorization</c> header are kept, and none that carries TempData in its cookie (a form's
/// typed text and errors after a refused post, or a message shown once).</para>
/// <para>A page is kept per person: the key holds a hash of every claim of the signed-in principal
/// (its roles, agencies, name and security stamp), so no one is served a page rendered for anyone
/// else, and a changed claim renders the page afresh. Nothing personal is in the key.</para>
/// <para>Put <c>UseOutputCache()</c> after <c>UseAuthorization()</c>, so that authorization runs on
/// every request, kept page or not. When the store cannot tell its version (not a SQLite file), no
/// page is kept.</para>
/// </remarks>
public sealed class SafeguardingPageCachePolicy : IOutputCachePolicy
{
    /// <summary>The name the policy for pages without forms that post is added under by <see cref="SafeguardingPageCacheOptionsExtensions.AddSafeguardingPagePolicy"/>.</summary>
    public const string PolicyName = "SafeguardingPages";

    /// <summary>
    /// The name the policy for pages with forms that post (an action's progress form, the statutory
    /// checkers) is added under: such a page is kept per person and per browser, for the antiforgery
    /// cookie its forms' tokens were issued for. Not for a host whose antiforgery tokens are single-use
    /// (an <c>IAntiforgeryAdditionalDataProvider</c> adding a nonce): a kept page would carry a spent one.
    /// </summary>
    public const string PagesWithFormsPolicyName = "SafeguardingPagesWithForms";

    private readonly TimeSpan _expiration;
    private readonly bool _keepsForms;

    /// <summary>Creates the policy for pages without forms that post.</summary>
    /// <param name="expiration">How long a page unasked for is kept at most, so that the memory it holds is given back.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expiration"/> is not positive.</exception>
    public SafeguardingPageCachePolicy(TimeSpan expiration)
        : this(expiration, keepsForms: false)
    {
    }

    /// <summary>Creates the policy, for pages with or without forms that post.</summary>
    /// <param name="expiration">How long a page unasked for is kept at most, so that the memory it holds is given back.</param>
    /// <param name="keepsForms">
    /// <c>true</c> for pages with forms: each is kept per browser as well as per person, and is kept
    /// even though antiforgery says <c>no-store</c>, when that is all that does, for a browser that
    /// sent its antiforgery cookie (the tokens are valid with that cookie only).
    /// </param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expiration"/> is not positive.</exception>
    public SafeguardingPageCachePolicy(TimeSpan expiration, bool keepsForms)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expiration, TimeSpan.Zero);
        _expiration = expiration;
        _keepsForms = keepsForms;
    }

    /// <inheritdoc/>
    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        context.EnableOutputCaching = true;
        context.AllowLocking = true;
        var version = MayKeep(http) && http.RequestServices.GetService<IBoardRecordsVersion>() is { } records
            ? await records.ReadAsync(cancellationToken).ConfigureAwait(false)
            : null;
        if (version is null)
        {
            context.AllowCacheLookup = false;
            context.AllowCacheStorage = false;
            return;
        }
        var options = http.RequestServices.GetRequiredService<IOptions<SafeguardingWidgetsOptions>>().Value;
        var clock = http.RequestServices.GetRequiredService<IClock>();
        context.AllowCacheLookup = true;
        context.AllowCacheStorage = true;
        context.ResponseExpirationTimeSpan = _expiration;
        context.CacheVaryByRules.QueryKeys = "*";
        context.CacheVaryByRules.VaryByValues["records"] = version;
        context.CacheVaryByRules.VaryByValues["files"] = DataFilesVersion.Read(options);
        context.CacheVaryByRules.VaryByValues["today"] = LocalDatePattern.Iso.Format(options.Today(clock));
        context.CacheVaryByRules.VaryByValues["reader"] = Fingerprint(http.User);
        if (_keepsForms)
        {
            // A page's form tokens are valid with the browser's antiforgery cookie only: a page with
            // forms is kept for that cookie (hashed, as the claims are).
            context.CacheVaryByRules.VaryByValues["form-tokens"] = http.Request.Cookies.TryGetValue(AntiforgeryCookieName(http), out var cookie)
                ? Hash(cookie)
                : string.Empty;
        }
    }

    /// <inheritdoc/>
    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || (PageFormTokens.ForbidsStorage(response.Headers.CacheControl) && !(_keepsForms && OnlyFormTokensForbid(context.HttpContext))))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    /// <summary>
    /// Tells whether the only thing that said <c>no-store</c> is antiforgery, issuing tokens for the
    /// cookie the browser sent: then the page may be kept for that cookie (the key holds it) and
    /// person, and is served kept with the same <c>no-store</c>, so no browser or proxy keeps it.
    /// </summary>
    private static bool OnlyFormTokensForbid(HttpContext http) =>
        http.Features.Get<PageFormTokens>() is { PageForbadeStorage: false, OnlyForTheBrowsersCookie: true } tokens
        && string.Equals(tokens.CacheControlSetByAntiforgery, http.Response.Headers.CacheControl.ToString(), StringComparison.Ordinal)
        && http.Request.Cookies.ContainsKey(AntiforgeryCookieName(http));

    // Only GET and HEAD without an Authorization header; and never while the request carries
    // TempData (a form's typed text and errors after a refused post, or a message): that page is
    // the reader's once only, and reading the TempData clears it.
    private static bool MayKeep(HttpContext http) =>
        (HttpMethods.IsGet(http.Request.Method) || HttpMethods.IsHead(http.Request.Method))
        && http.Request.Headers.Authorization.Count == 0
        && !TempDataCookie.IsSent(http);

    private static string AntiforgeryCookieName(HttpContext http) =>
        http.RequestServices.GetRequiredService<IOptions<AntiforgeryOptions>>().Value.Cookie.Name ?? string.Empty;

    private static string Hash(string text) => Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(text)));

    /// <summary>
    /// A hash of whether the person is signed in and of every claim of every identity, in order:
    /// two principals share it only when they carry the same claims.
    /// </summary>
    internal static string Fingerprint(ClaimsPrincipal principal)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        foreach (var identity in principal.Identities)
        {
            Append(hash, identity.IsAuthenticated ? identity.AuthenticationType ?? "(authenticated)" : "(anonymous)");
            foreach (var claim in identity.Claims)
            {
                Append(hash, claim.Type);
                Append(hash, claim.Value);
                Append(hash, claim.Issuer);
            }
        }
        return Convert.ToBase64String(hash.GetHashAndReset());
    }

    // Each text with its length first, so that no two lists of texts give the same bytes.
    private static void Append(IncrementalHash hash, string text)
    {
        Span<byte> length = stackalloc byte[sizeof(int)];
        BitConverter.TryWriteBytes(length, text.Length);
        hash.AppendData(length);
        hash.AppendData(Encoding.UTF8.GetBytes(text));
    }
}
