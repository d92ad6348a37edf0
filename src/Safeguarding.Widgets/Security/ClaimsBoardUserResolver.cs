using System.Security.Claims;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>Resolves a board user from claims, as <see cref="SafeguardingIdentityOptions"/> says.</summary>
/// <param name="options">The widgets' options.</param>
public sealed class ClaimsBoardUserResolver(IOptions<SafeguardingWidgetsOptions> options) : IBoardUserResolver
{
    /// <inheritdoc/>
    public BoardUser? Resolve(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        if (principal.Identity?.IsAuthenticated != true)
        {
            return null;
        }
        var identity = options.Value.Identity;
        var userId = First(principal, identity.UserIdClaimTypes);
        if (userId is null)
        {
            return null;
        }
        var roles = principal.Claims
            .Where(claim => identity.RoleClaimTypes.Contains(claim.Type, StringComparer.Ordinal))
            .Select(claim => identity.RoleValues.TryGetValue(claim.Value.Trim(), out var role) ? role : (BoardRole?)null)
            .OfType<BoardRole>()
            .ToList();
        if (roles.Count == 0)
        {
            return null;
        }
        var agencies = principal.FindAll(identity.AgencyClaimType).Select(claim => claim.Value);
        return new BoardUser(userId, First(principal, identity.DisplayNameClaimTypes) ?? "Signed-in user", roles, agencies);
    }

    private static string? First(ClaimsPrincipal principal, IEnumerable<string> claimTypes) =>
        claimTypes.Select(type => principal.FindFirst(type)?.Value).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
