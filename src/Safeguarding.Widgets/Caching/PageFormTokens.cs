using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Safeguarding.Widgets.Caching;

/// <summary>
/// What antiforgery did while a page was rendered, as <see cref="KeptPageAntiforgery"/> saw it: a
/// request feature that <see cref="SafeguardingPageCachePolicy"/> reads to tell a page whose only
/// reason not to be kept is its forms' tokens from a page that asked not to be kept.
/// </summary>
internal sealed class PageFormTokens
{
    /// <summary>Creates the feature when a page first asks for form tokens.</summary>
    /// <param name="pageForbadeStorage">Whether the response already said <c>no-store</c> or <c>no-cache</c> before antiforgery set them.</param>
    public PageFormTokens(bool pageForbadeStorage) => PageForbadeStorage = pageForbadeStorage;

    /// <summary>Gets a value indicating whether the page itself said <c>no-store</c> or <c>no-cache</c>.</summary>
    public bool PageForbadeStorage { get; }

    /// <summary>Gets a value indicating whether every token was issued for the cookie token the browser sent (no new cookie), so the tokens stay valid for as long as that cookie and sign-in do.</summary>
    public bool OnlyForTheBrowsersCookie { get; private set; } = true;

    /// <summary>Gets the <c>Cache-Control</c> header as antiforgery last left it.</summary>
    public string? CacheControlSetByAntiforgery { get; private set; }

    /// <summary>Records one request for tokens.</summary>
    /// <param name="issuedNewCookie">Whether antiforgery made a new cookie token (and so sets a cookie).</param>
    /// <param name="cacheControl">The <c>Cache-Control</c> header after the call.</param>
    public void Record(bool issuedNewCookie, string? cacheControl)
    {
        OnlyForTheBrowsersCookie &= !issuedNewCookie;
        CacheControlSetByAntiforgery = cacheControl;
    }

    /// <summary>Records a use of antiforgery whose effect on the response is not known (its cookie and headers set directly).</summary>
    public void RecordUnknown() => OnlyForTheBrowsersCookie = false;

    /// <summary>Tells whether a <c>Cache-Control</c> header forbids keeping the response: <c>no-store</c> or <c>no-cache</c>.</summary>
    /// <param name="cacheControl">The header's values.</param>
    /// <returns><c>true</c> when it says either.</returns>
    public static bool ForbidsStorage(StringValues cacheControl) =>
        HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoStoreString)
        || HeaderUtilities.ContainsCacheDirective(cacheControl, CacheControlHeaderValue.NoCacheString);
}
