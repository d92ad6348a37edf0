using System.Security.Claims;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
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
/// <para>A response is never kept when it sets a cookie, carries <c>Cache-Control: no-store</c> or
/// <c>no-cache</c> (ASP.NET Core's antiforgery sets both on any page with a form that posts, so pages
/// with forms are rendered every time), or is not a 200. Only GET and HEAD requests without an
/// <c>Authorization</c> header are kept.</para>
/// <para>A page is kept per person: the key holds a hash of every claim of the signed-in principal
/// (its roles, agencies, name and security stamp), so no one is served a page rendered for anyone
/// else, and a changed claim renders the page afresh. Nothing personal is in the key.</para>
/// <para>Put <c>UseOutputCache()</c> after <c>UseAuthorization()</c>, so that authorization runs on
/// every request, kept page or not. When the store cannot tell its version (not a SQLite file), no
/// page is kept.</para>
/// </remarks>
public sealed class SafeguardingPageCachePolicy : IOutputCachePolicy
{
    /// <summary>The name the policy is added under by <see cref="SafeguardingPageCacheOptionsExtensions.AddSafeguardingPagePolicy"/>.</summary>
    public const string PolicyName = "SafeguardingPages";

    private readonly TimeSpan _expiration;

    /// <summary>Creates the policy.</summary>
    /// <param name="expiration">How long a page unasked for is kept at most, so that the memory it holds is given back.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="expiration"/> is not positive.</exception>
    public SafeguardingPageCachePolicy(TimeSpan expiration)
    {
        ArgumentOutOfRangeException.ThrowIfLessThanOrEqual(expiration, TimeSpan.Zero);
        _expiration = expiration;
    }

    /// <inheritdoc/>
    async ValueTask IOutputCachePolicy.CacheRequestAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var http = context.HttpContext;
        context.EnableOutputCaching = true;
        context.AllowLocking = true;
        var version = MayKeep(http.Request) && http.RequestServices.GetService<IBoardRecordsVersion>() is { } records
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
    }

    /// <inheritdoc/>
    ValueTask IOutputCachePolicy.ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellationToken) => ValueTask.CompletedTask;

    /// <inheritdoc/>
    ValueTask IOutputCachePolicy.ServeResponseAsync(OutputCacheContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var response = context.HttpContext.Response;
        var cacheControl = response.Headers.CacheControl;
        if (response.StatusCode != StatusCodes.Status200OK
            || response.Headers.SetCookie.Count > 0
            || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoStoreString)
            || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoCacheString))
        {
            context.AllowCacheStorage = false;
        }
        return ValueTask.CompletedTask;
    }

    private static bool MayKeep(HttpRequest request) =>
        (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method)) && request.Headers.Authorization.Count == 0;

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
