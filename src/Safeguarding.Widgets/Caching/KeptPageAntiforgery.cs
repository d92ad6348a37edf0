using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.Widgets.Caching;

/// <summary>
/// The host's antiforgery, unchanged, noting on each request what it did (<see cref="PageFormTokens"/>),
/// so that a page whose forms carry tokens for the browser's own antiforgery cookie can be kept for
/// that browser and person by <see cref="SafeguardingPageCachePolicy"/>.
/// </summary>
/// <remarks>
/// A form's request token is valid with the cookie token it was issued for and the signed-in
/// person's claims, and with nothing else; it is not single-use. So a page kept under a key that
/// holds both (the policy's) serves the same browser tokens it would have been issued anyway.
/// Tokens, cookies, headers and validation are all the host's antiforgery's own.
/// </remarks>
internal sealed class KeptPageAntiforgery(IAntiforgery inner) : IAntiforgery
{
    /// <inheritdoc/>
    public AntiforgeryTokenSet GetAndStoreTokens(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        var noted = Note(httpContext);
        var tokens = inner.GetAndStoreTokens(httpContext);
        // A token set carries a cookie token only when a new one was made, and so stored as a cookie.
        noted.Record(issuedNewCookie: tokens.CookieToken is not null, httpContext.Response.Headers.CacheControl.ToString());
        return tokens;
    }

    /// <inheritdoc/>
    public AntiforgeryTokenSet GetTokens(HttpContext httpContext) => inner.GetTokens(httpContext);

    /// <inheritdoc/>
    public Task<bool> IsRequestValidAsync(HttpContext httpContext) => inner.IsRequestValidAsync(httpContext);

    /// <inheritdoc/>
    public Task ValidateRequestAsync(HttpContext httpContext) => inner.ValidateRequestAsync(httpContext);

    /// <inheritdoc/>
    public void SetCookieTokenAndHeader(HttpContext httpContext)
    {
        ArgumentNullException.ThrowIfNull(httpContext);
        Note(httpContext).RecordUnknown();
        inner.SetCookieTokenAndHeader(httpContext);
    }

    private static PageFormTokens Note(HttpContext httpContext)
    {
        if (httpContext.Features.Get<PageFormTokens>() is { } noted)
        {
            return noted;
        }
        noted = new PageFormTokens(PageFormTokens.ForbidsStorage(httpContext.Response.Headers.CacheControl));
        httpContext.Features.Set(noted);
        return noted;
    }
}

/// <summary>Wraps the host's antiforgery in <see cref="KeptPageAntiforgery"/> once.</summary>
internal static class KeptPageAntiforgeryRegistration
{
    /// <summary>
    /// Adds ASP.NET Core's antiforgery (where the host has not added its own) and wraps whichever is
    /// registered. MVC's own later registration adds nothing, as it only adds what is missing.
    /// </summary>
    /// <param name="services">The host's services.</param>
    public static void Wrap(IServiceCollection services)
    {
        if (services.Any(service => service.ServiceType == typeof(Marker)))
        {
            return;
        }
        services.AddAntiforgery();
        var hosts = services.Last(service => service.ServiceType == typeof(IAntiforgery) && !service.IsKeyedService);
        services.Remove(hosts);
        services.Add(ServiceDescriptor.Describe(typeof(IAntiforgery), provider => new KeptPageAntiforgery(Create(provider, hosts)), hosts.Lifetime));
        services.AddSingleton<Marker>();
    }

    private static IAntiforgery Create(IServiceProvider provider, ServiceDescriptor hosts) => (IAntiforgery)(
        hosts.ImplementationInstance
        ?? hosts.ImplementationFactory?.Invoke(provider)
        ?? ActivatorUtilities.CreateInstance(provider, hosts.ImplementationType!));

    /// <summary>Marks the services as wrapped.</summary>
    private sealed class Marker;
}
