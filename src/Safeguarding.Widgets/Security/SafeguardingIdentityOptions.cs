using System.Security.Claims;
using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>
/// How the host's sign-in maps onto the board's roles and agencies: which claims carry the user's
/// stable id, name, roles and agencies, and which role claim values mean which board role. Set
/// through <c>AddSafeguardingWidgets(options =&gt; options.Identity…)</c>; works with Entra ID,
/// any OpenID Connect provider, Windows authentication or ASP.NET Core Identity.
/// </summary>
public sealed class SafeguardingIdentityOptions
{
    /// <summary>Creates options with the defaults.</summary>
    public SafeguardingIdentityOptions()
    {
        UserIdClaimTypes = ["http://schemas.microsoft.com/identity/claims/objectidentifier", "oid", ClaimTypes.NameIdentifier, "sub"];
        DisplayNameClaimTypes = ["name", ClaimTypes.Name, ClaimTypes.Email];
        RoleClaimTypes = [ClaimTypes.Role, "roles", "role"];
        AgencyClaimType = "safeguarding_agency";
        RoleValues = new Dictionary<string, BoardRole>(StringComparer.OrdinalIgnoreCase);
        foreach (var role in Enum.GetValues<BoardRole>())
        {
            RoleValues[role.ToString()] = role;
            RoleValues[$"Safeguarding.{role}"] = role;
        }
    }

    /// <summary>
    /// Gets or sets the claim types tried, in order, for the user's stable id. The default is Entra ID's
    /// object id (<c>oid</c>, long and short form), then <see cref="ClaimTypes.NameIdentifier"/>, then <c>sub</c>.
    /// </summary>
    public IList<string> UserIdClaimTypes { get; set; }

    /// <summary>Gets or sets the claim types tried, in order, for the name shown in the history. The default is <c>name</c>, <see cref="ClaimTypes.Name"/>, then <see cref="ClaimTypes.Email"/>.</summary>
    public IList<string> DisplayNameClaimTypes { get; set; }

    /// <summary>Gets or sets the claim types that carry roles. The default is <see cref="ClaimTypes.Role"/>, <c>roles</c> (Entra ID app roles) and <c>role</c>.</summary>
    public IList<string> RoleClaimTypes { get; set; }

    /// <summary>Gets or sets the claim type that names the agencies a user acts for (one claim per agency, as the plan names it or its short name). The default is <c>safeguarding_agency</c>.</summary>
    public string AgencyClaimType { get; set; }

    /// <summary>
    /// Gets the role claim values that mean each board role. The defaults are the role's name
    /// (<c>AgencyLead</c>) and, for Entra ID app roles, <c>Safeguarding.AgencyLead</c>; compared
    /// ignoring case. Add your own: <c>options.Identity.RoleValues["SCB-Admins"] = BoardRole.BusinessUnit</c>.
    /// </summary>
    public IDictionary<string, BoardRole> RoleValues { get; }

    /// <summary>
    /// Gets or sets a value indicating whether people who have not signed in may read plans, ratings
    /// and reports. The default is <c>false</c>: they see the practice guides only.
    /// </summary>
    public bool AnonymousMayReadPlans { get; set; }
}
