using Safeguarding.Domain.Access;

namespace Safeguarding.Hub.Tests.Support;

/// <summary>Everyone who may call the hub's API in the tests: each role by a token from the board's identity provider, each agency's API client, another board's, a revoked one, and nobody.</summary>
internal static class Callers
{
    internal const string Anonymous = "anonymous";

    internal static readonly string[] All =
    [
        Anonymous,
        "token:BusinessUnit", "token:AgencyLead:Herefordshire Council", "token:BoardMember", "token:Lado", "token:Practitioner", "token:PrivateFosteringOfficer",
        "client:council", "client:hscb", "client:wye-valley", "client:business-unit",
        "client:west-berkshire", "token:west-berkshire:BusinessUnit", "client:revoked",
    ];

    /// <summary>Makes an HTTP client that calls as <paramref name="caller"/>.</summary>
    internal static HttpClient For(HubHost host, string caller)
    {
        if (caller == Anonymous)
        {
            return host.CreateClient();
        }
        if (caller.StartsWith("client:", StringComparison.Ordinal))
        {
            return host.ClientWithKey(caller["client:".Length..]);
        }
        var parts = caller["token:".Length..].Split(':');
        if (parts[0] == HubHost.WestBerkshire)
        {
            return host.ClientWithToken(HubHost.Token(HubHost.WestBerkshireIssuer, Enum.Parse<BoardRole>(parts[1])));
        }
        return host.ClientWithToken(HubHost.Token(HubHost.HerefordshireIssuer, Enum.Parse<BoardRole>(parts[0]), parts.Length > 1 ? parts[1] : null));
    }
}
