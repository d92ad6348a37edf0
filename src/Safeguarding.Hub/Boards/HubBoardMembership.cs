using System.Security.Claims;
using Microsoft.Extensions.Options;

namespace Safeguarding.Hub.Boards;

/// <summary>
/// Decides which boards a signed-in principal acts for, so that one board's clients and users
/// never reach another board's data.
/// </summary>
/// <remarks>
/// In order: a JWT from an issuer a board trusts (<see cref="HubBoard.TrustedIssuers"/>) acts for
/// that board, whatever board claim it carries; otherwise the board claims
/// (<see cref="SafeguardingHubOptions.BoardClaimType"/>, which an API client always carries);
/// otherwise someone signed in to the host itself (claims the host issued) belongs to
/// <see cref="SafeguardingHubOptions.HostBoard"/>. Anyone else belongs to no board.
/// </remarks>
/// <param name="options">The hub's options.</param>
public sealed class HubBoardMembership(IOptions<SafeguardingHubOptions> options)
{
    /// <summary>Lists the boards a principal acts for.</summary>
    /// <param name="principal">The request's principal.</param>
    /// <returns>The boards; empty when nobody is signed in or the principal belongs to none.</returns>
    public IReadOnlyList<HubBoard> BoardsOf(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        var hub = options.Value;
        var issuers = principal.Claims.Select(claim => claim.Issuer).Distinct(StringComparer.Ordinal).ToList();
        var byIssuer = hub.Boards.Where(board => board.TrustedIssuers.Any(trusted => issuers.Contains(trusted, StringComparer.Ordinal))).ToList();
        if (byIssuer.Count > 0)
        {
            return byIssuer;
        }
        var claimed = principal.FindAll(hub.BoardClaimType).Select(claim => hub.FindBoard(claim.Value)).OfType<HubBoard>().Distinct().ToList();
        if (claimed.Count > 0)
        {
            return claimed;
        }
        var issuedByHost = issuers.All(issuer => string.Equals(issuer, ClaimsIdentity.DefaultIssuer, StringComparison.Ordinal));
        return issuedByHost && hub.FindBoard(hub.HostBoard) is { } host ? [host] : [];
    }

    /// <summary>Tells whether a principal acts for a board.</summary>
    /// <param name="principal">The request's principal.</param>
    /// <param name="board">The board.</param>
    /// <returns><c>true</c> when the board is one of <see cref="BoardsOf"/>.</returns>
    public bool ActsFor(ClaimsPrincipal principal, HubBoard board) =>
        BoardsOf(principal).Contains(board ?? throw new ArgumentNullException(nameof(board)));
}
