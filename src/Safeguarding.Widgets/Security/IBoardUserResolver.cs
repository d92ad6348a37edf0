using System.Security.Claims;
using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>
/// Turns the signed-in principal into the board's view of a user. The default reads claims as
/// <see cref="SafeguardingIdentityOptions"/> says; register your own (for example one that looks
/// roles up in your HR system) to replace it.
/// </summary>
public interface IBoardUserResolver
{
    /// <summary>Resolves the user.</summary>
    /// <param name="principal">The request's principal.</param>
    /// <returns>The user, or <c>null</c> when nobody is signed in or the principal has no board role.</returns>
    BoardUser? Resolve(ClaimsPrincipal principal);
}
