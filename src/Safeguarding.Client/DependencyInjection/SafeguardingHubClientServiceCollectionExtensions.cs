using System.Net.Http.Headers;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Http.Resilience;
using Microsoft.Extensions.Options;
using Safeguarding.Client;
using Safeguarding.Domain.BusinessPlans;

// In this namespace so that hosts find the method where they configure their other services.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the board hub's plans as this intranet's <see cref="IBusinessPlanRepository"/>.</summary>
public static class SafeguardingHubClientServiceCollectionExtensions
{
    /// <summary>
    /// Makes the board hub this intranet's store of plans: <see cref="IBusinessPlanRepository"/> is a
    /// <see cref="HubBusinessPlanRepository"/>, through a typed HttpClient with the standard resilience
    /// handler (retries with back-off, a circuit breaker, timeouts within <see cref="SafeguardingHubClientOptions.Timeout"/>).
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="setupAction">Sets the hub's address, the board and this intranet's API client key.</param>
    /// <returns>The HTTP client's builder, to add handlers (a proxy, a certificate).</returns>
    public static IHttpClientBuilder AddSafeguardingHubClient(this IServiceCollection services, Action<SafeguardingHubClientOptions> setupAction)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(setupAction);
        services.AddOptions<SafeguardingHubClientOptions>().Configure(setupAction)
            .Validate(options => options.HubAddress is { IsAbsoluteUri: true }, "SafeguardingHubClient: HubAddress: expected the hub's absolute address, such as https://hub.example.org.")
            .Validate(options => !string.IsNullOrWhiteSpace(options.Board), "SafeguardingHubClient: Board: expected the id of the board whose plans this intranet shows, such as \"herefordshire\".")
            .Validate(options => options.ApiKey.Contains('.', StringComparison.Ordinal), "SafeguardingHubClient: ApiKey: expected this intranet's API client key, {id}.{secret}, from the board's business unit.")
            .ValidateOnStart();
        services.TryAddSingleton<IClock>(SystemClock.Instance);
        services.TryAddSingleton<HubPlanCacheHolder>();
        services.RemoveAll<IBusinessPlanRepository>();
        services.AddTransient<IBusinessPlanRepository>(provider => provider.GetRequiredService<HubBusinessPlanRepository>());
        var builder = services.AddHttpClient<HubBusinessPlanRepository>((provider, client) =>
        {
            var options = provider.GetRequiredService<IOptions<SafeguardingHubClientOptions>>().Value;
            client.BaseAddress = options.HubAddress;
            client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("ApiClient", options.ApiKey);
            // The resilience handler keeps to its own total timeout; this one only stops a call that outlives it.
            client.Timeout = options.Timeout + TimeSpan.FromSeconds(5);
        });
        builder.AddStandardResilienceHandler().Configure((HttpStandardResilienceOptions resilience, IServiceProvider provider) =>
        {
            var options = provider.GetRequiredService<IOptions<SafeguardingHubClientOptions>>().Value;
            resilience.TotalRequestTimeout.Timeout = options.Timeout;
            resilience.AttemptTimeout.Timeout = TimeSpan.FromTicks(Math.Max(TimeSpan.FromSeconds(1).Ticks, options.Timeout.Ticks / 3));
            resilience.CircuitBreaker.SamplingDuration = TimeSpan.FromTicks(Math.Max(resilience.AttemptTimeout.Timeout.Ticks * 2, TimeSpan.FromSeconds(30).Ticks));
            resilience.Retry.MaxRetryAttempts = 2;
        });
        return builder;
    }
}
