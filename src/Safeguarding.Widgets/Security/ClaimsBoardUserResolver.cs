using System.Runtime.CompilerServices;
using System.Security.Claims;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>Resolves a board user from claims, as <see cref="SafeguardingIdentityOptions"/> says.</summary>
/// <param name="options">The widgets' options.</param>
/// <remarks>
/// A principal is resolved once and its board user kept with it while it is recent (a page asks for
/// each widget), and resolved again if any of its claims has been added, removed or replaced since.
/// </remarks>
public sealed class ClaimsBoardUserResolver(IOptions<SafeguardingWidgetsOptions> options) : IBoardUserResolver
{
    // The most recent principals resolved, one per slot chosen by the principal's identity. Every
    // request brings a new principal; a table keyed weakly by each (as this was) took a garbage
    // collector handle per request, which every collection then scans. A slot holds one principal
    // and is overwritten by the next, so at most this many are kept alive, and none is looked up by
    // anything but its own reference.
    private const int RecentPrincipals = 64;
    private readonly Resolved?[] _recent = new Resolved?[RecentPrincipals];

    /// <inheritdoc/>
    public BoardUser? Resolve(ClaimsPrincipal principal)
    {
        ArgumentNullException.ThrowIfNull(principal);
        var slot = (int)((uint)RuntimeHelpers.GetHashCode(principal) % RecentPrincipals);
        var kept = Volatile.Read(ref _recent[slot]);
        if (kept is not null && ReferenceEquals(kept.Principal, principal) && SameClaims(kept.Claims, principal))
        {
            return kept.User;
        }
        var user = ResolveClaims(principal);
        Volatile.Write(ref _recent[slot], new Resolved(principal, [.. principal.Claims], user));
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

    // The very claim objects the user was resolved from, in order: a claim replaced by another with
    // the same count still counts as a change.
    private static bool SameClaims(Claim[] resolvedFrom, ClaimsPrincipal principal)
    {
        var index = 0;
        foreach (var claim in principal.Claims)
        {
            if (index == resolvedFrom.Length || !ReferenceEquals(resolvedFrom[index++], claim))
            {
                return false;
            }
        }
        return index == resolvedFrom.Length;
    }

    private sealed record Resolved(ClaimsPrincipal Principal, Claim[] Claims, BoardUser? User);

    private static string? First(ClaimsPrincipal principal, IEnumerable<string> claimTypes) =>
        claimTypes.Select(type => principal.FindFirst(type)?.Value).FirstOrDefault(value => !string.IsNullOrWhiteSpace(value));
}
