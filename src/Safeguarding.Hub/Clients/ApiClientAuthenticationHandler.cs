using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Safeguarding.Widgets;

namespace Safeguarding.Hub.Clients;

/// <summary>
/// Signs in a partner's API client from <c>Authorization: ApiClient {id}.{secret}</c>: a known,
/// unrevoked client whose secret matches its hash becomes a principal with its role, its agency
/// and its board, which the widgets' claims reader turns into a <see cref="Safeguarding.Domain.Access.BoardUser"/>.
/// </summary>
/// <param name="options">The scheme's options.</param>
/// <param name="logger">The logger factory.</param>
/// <param name="encoder">The URL encoder.</param>
/// <param name="store">Where clients are kept.</param>
/// <param name="widgets">The widgets' options (the agency claim type).</param>
/// <param name="hub">The hub's options (the board claim type).</param>
public sealed class ApiClientAuthenticationHandler(
    IOptionsMonitor<AuthenticationSchemeOptions> options,
    ILoggerFactory logger,
    UrlEncoder encoder,
    IApiClientStore store,
    IOptions<SafeguardingWidgetsOptions> widgets,
    IOptions<SafeguardingHubOptions> hub) : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
{
    /// <summary>The scheme's name.</summary>
    public const string SchemeName = "SafeguardingApiClient";

    /// <summary>The claim that carries the client's id, on every client's principal.</summary>
    public const string ClientIdClaimType = "safeguarding_client";

    /// <summary>The issuer of the claims this handler makes.</summary>
    public const string HubClaimsIssuer = "Safeguarding.Hub";

    /// <inheritdoc/>
    protected override async Task<AuthenticateResult> HandleAuthenticateAsync()
    {
        var header = Request.Headers.Authorization.ToString();
        if (!header.StartsWith(ApiClientKey.HeaderScheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            return AuthenticateResult.NoResult();
        }
        // One answer for an unknown id, a wrong secret and a revoked client: nothing to tell them apart by.
        const string Refused = "The API client key is unknown, wrong or revoked.";
        if (!ApiClientKey.TrySplit(header[(ApiClientKey.HeaderScheme.Length + 1)..].Trim(), out var id, out var secret))
        {
            return AuthenticateResult.Fail(Refused);
        }
        var client = hub.Value.Clients.FirstOrDefault(configured => string.Equals(configured.Id, id, StringComparison.Ordinal))?.ToClient()
            ?? await store.FindAsync(id, Context.RequestAborted).ConfigureAwait(false);
        if (client is null || client.IsRevoked || !ApiClientKey.Matches(secret, client.SecretHash))
        {
            return AuthenticateResult.Fail(Refused);
        }
        List<Claim> claims =
        [
            new(ClaimTypes.NameIdentifier, $"api-client:{client.Id}", ClaimValueTypes.String, HubClaimsIssuer),
            new("name", client.Name, ClaimValueTypes.String, HubClaimsIssuer),
            new(ClaimTypes.Role, client.Role.ToString(), ClaimValueTypes.String, HubClaimsIssuer),
            new(ClientIdClaimType, client.Id, ClaimValueTypes.String, HubClaimsIssuer),
            new(hub.Value.BoardClaimType, client.Board, ClaimValueTypes.String, HubClaimsIssuer),
        ];
        if (client.Agency is { } agency)
        {
            claims.Add(new Claim(widgets.Value.Identity.AgencyClaimType, agency, ClaimValueTypes.String, HubClaimsIssuer));
        }
        var principal = new ClaimsPrincipal(new ClaimsIdentity(claims, SchemeName));
        return AuthenticateResult.Success(new AuthenticationTicket(principal, SchemeName));
    }

    /// <inheritdoc/>
    protected override Task HandleChallengeAsync(AuthenticationProperties properties)
    {
        Response.StatusCode = StatusCodes.Status401Unauthorized;
        Response.Headers.WWWAuthenticate = ApiClientKey.HeaderScheme;
        return Task.CompletedTask;
    }
}
