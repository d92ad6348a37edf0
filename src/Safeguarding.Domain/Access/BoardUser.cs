namespace Safeguarding.Domain.Access;

/// <summary>
/// Someone signed in to a partner's intranet, as the board sees them: a stable id from the host's
/// identity provider, the name shown beside what they record, their role and the agencies they
/// act for. No other personal data.
/// </summary>
public sealed record BoardUser
{
    /// <summary>Creates a user.</summary>
    /// <param name="userId">A stable id from the identity provider (an object id, a subject), never an email address that may be reused.</param>
    /// <param name="displayName">The name shown beside what they record.</param>
    /// <param name="roles">Their roles: at least one.</param>
    /// <param name="agencies">The agencies they act for (names or short names as the plan gives them); an agency lead needs at least one.</param>
    /// <exception cref="ArgumentException">The id or name is blank, or there is no role.</exception>
    public BoardUser(string userId, string displayName, IEnumerable<BoardRole> roles, IEnumerable<string>? agencies = null)
    {
        UserId = Preconditions.CheckNotBlank(userId);
        DisplayName = Preconditions.CheckNotBlank(displayName);
        Roles = [.. Preconditions.CheckNotNull(roles).Distinct().Order()];
        Preconditions.CheckArgument(Roles.Count > 0, nameof(roles), $"Expected at least one role for user \"{userId}\".");
        Agencies = [.. (agencies ?? []).Where(agency => !string.IsNullOrWhiteSpace(agency)).Select(agency => agency.Trim()).Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>Gets the stable id from the identity provider.</summary>
    public string UserId { get; }

    /// <summary>Gets the name shown beside what they record.</summary>
    public string DisplayName { get; }

    /// <summary>Gets their roles, in the order of <see cref="BoardRole"/>.</summary>
    public IReadOnlyList<BoardRole> Roles { get; }

    /// <summary>Gets the agencies they act for, as names or short names.</summary>
    public IReadOnlyList<string> Agencies { get; }

    /// <summary>Tells whether they have a role.</summary>
    /// <param name="role">The role.</param>
    /// <returns><c>true</c> when they have it.</returns>
    public bool IsIn(BoardRole role) => Roles.Contains(role);

    /// <summary>Gets the role that most names what they do, for the history: the first of their roles.</summary>
    public BoardRole PrimaryRole => Roles[0];

    /// <summary>Returns the name and roles, never the id.</summary>
    /// <returns>Such as "Sam Patel (AgencyLead)".</returns>
    public override string ToString() => $"{DisplayName} ({string.Join(", ", Roles)})";
}
