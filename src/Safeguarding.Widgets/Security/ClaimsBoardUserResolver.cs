using System.Security.Claims;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>Resolves a board user from claims, as <see cref="SafeguardingIdentityOptions"/> says.</summary>
/// <param name="options">The widgets' options.</param>
/// <remarks>
/// A principal is resolved once and its board user kept with it (a page asks for each widget), and
/// resolved again if a claim is added to or removed from it since.
/// </remarks>
public sealed class ClaimsBoardUserResolver(IOptions<SafeguardingWidgetsOptions> options) : IBoardUserResolver
{
    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<ClaimsPrincipal, Resolved> _resolved = [];

    /// <inheritdoc/>
    public BoardUser? Resolve(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var claims = principal.Identities.Sum(identity => identity.Claims.Count());
        if (_resolved.TryGetValue(principal, out var kept) && kept.Claims == claims)
        {
            return kept.User;
        }
        var user = ResolveClaims(principal);
        _resolved.AddOrUpdate(principal, new Resolved(claims, user));
        return user;
    }

    private BoardUser? ResolveClaims(ClaimsPrincipal principal)
    {
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

    private sealed record Resolved(int Claims, BoardUser? User);

    private static string? First(ClaimsPrincipal principal, IEnumerable<string> claimTypes) =>
        claimTypes.Select(type => principal.FindFirst(type)?.Value).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
