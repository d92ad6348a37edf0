namespace Safeguarding.Client;

/// <summary>Holds the plans kept between requests: registered once (a singleton) by <c>AddSafeguardingHubClient</c>, and shared by every repository the HTTP client factory makes.</summary>
public sealed class HubPlanCacheHolder
{
    internal HubPlanCache Plans { get; } = new();
}
