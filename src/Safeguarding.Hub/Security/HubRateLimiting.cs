using System.Globalization;
using System.Security.Claims;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.Hub.Clients;

namespace Safeguarding.Hub.Security;

/// <summary>
/// The hub's rate limit, with the ASP.NET Core rate limiter: a fixed window of a minute for each
/// API client, signed-in user or (for anyone else) address; past it, 429 with Retry-After.
/// </summary>
public static class HubRateLimiting
{
    /// <summary>The name of the rate-limiting policy the hub's endpoints use.</summary>
    public const string PolicyName = "Safeguarding.Hub";

    internal static void Configure(RateLimiterOptions limiter)
    {
        limiter.AddPolicy(PolicyName, context =>
        {
            var permits = context.RequestServices.GetRequiredService<IOptions<SafeguardingHubOptions>>().Value.RequestsPerMinute;
            return RateLimitPartition.GetFixedWindowLimiter(PartitionOf(context), _ => new FixedWindowRateLimiterOptions
            {
                PermitLimit = Math.Max(1, permits),
                Window = TimeSpan.FromMinutes(1),
                QueueLimit = 0,
            });
        });
        // The host's own answer to a refused request, if it set one, stays.
        limiter.OnRejected ??= RejectAsync;
    }

    /// <summary>Who a request counts against: its API client, else its signed-in user, else its address.</summary>
    /// <param name="context">The request.</param>
    /// <returns>Such as "client:c3f9…", "user:…" or "address:127.0.0.1".</returns>
    internal static string PartitionOf(HttpContext context)
    {
        var user = context.User;
        if (user.FindFirst(ApiClientAuthenticationHandler.ClientIdClaimType)?.Value is { } client)
        {
            return "client:" + client;
        }
        if (user.Identity?.IsAuthenticated == true && (user.FindFirst(ClaimTypes.NameIdentifier) ?? user.FindFirst("sub"))?.Value is { } id)
        {
            return "user:" + id;
        }
        return "address:" + (context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
    }

    private static async ValueTask RejectAsync(OnRejectedContext rejected, CancellationToken cancellationToken)
    {
        var response = rejected.HttpContext.Response;
        response.StatusCode = StatusCodes.Status429TooManyRequests;
        var retryAfter = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? wait : TimeSpan.FromMinutes(1);
        response.Headers.RetryAfter = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
        HubSecurityHeaders.ForApi(response);
        await Results.Problem(
            statusCode: StatusCodes.Status429TooManyRequests,
            title: "Too many requests.",
            detail: $"This client has made more requests in a minute than the hub allows. Try again in {response.Headers.RetryAfter} seconds.")
            .ExecuteAsync(rejected.HttpContext).ConfigureAwait(false);
    }
}
