using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.Hub;
using Safeguarding.Hub.Api;
using Safeguarding.Hub.Embeds;

// In this namespace so that hosts find the methods where they map their other endpoints.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the board hub's API and embeds.</summary>
public static class SafeguardingHubEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the JSON API under <see cref="SafeguardingHubOptions.ApiPath"/> ("/api") and its OpenAPI
    /// 3.1 document at <c>/openapi/{OpenApiDocumentName}.json</c> ("/openapi/v1.json"). Call it after
    /// <c>UseAuthentication()</c>, <c>UseAuthorization()</c> and <c>UseRateLimiter()</c>.
    /// </summary>
    /// <param name="endpoints">The host's endpoints (<c>app</c>).</param>
    /// <returns>The API's group of endpoints, to add conventions.</returns>
    public static RouteGroupBuilder MapSafeguardingApi(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SafeguardingHubOptions>>().Value;
        endpoints.MapOpenApi().RequireRateLimiting(Safeguarding.Hub.Security.HubRateLimiting.PolicyName);
        return SafeguardingApi.Map(endpoints, options);
    }

    /// <summary>
    /// Maps every widget at <c>{EmbedPath}/{widget}</c> ("/embed/rag-summary") as a page for an iframe
    /// and at <c>{EmbedPath}/{widget}/fragment</c> as bare HTML, and the parent page's resizing script
    /// at <c>{EmbedPath}/parent.js</c>. Framing is allowed by <c>Content-Security-Policy: frame-ancestors</c>
    /// from <see cref="SafeguardingHubOptions.FrameAncestors"/> and each board's. Call it after
    /// <c>UseAuthentication()</c>, <c>UseAuthorization()</c> and <c>UseRateLimiter()</c>, and call
    /// <c>app.MapSafeguardingWidgets()</c> too, for the progress form to post.
    /// </summary>
    /// <param name="endpoints">The host's endpoints (<c>app</c>).</param>
    /// <returns>The embeds' group of endpoints, to add conventions.</returns>
    public static RouteGroupBuilder MapSafeguardingEmbeds(this IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SafeguardingHubOptions>>().Value;
        return EmbedEndpoints.Map(endpoints, options);
    }
}
