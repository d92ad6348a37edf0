using Safeguarding.Domain.Access;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// Who recorded a progress update or a review, as the history shows it: a stable user id, a
/// display name, the agency they recorded for and their role. No other personal data.
/// </summary>
/// <param name="UserId">A stable id from the host's identity provider.</param>
/// <param name="DisplayName">The name shown in the history.</param>
/// <param name="Agency">The agency they recorded for, or <c>null</c> (the business unit).</param>
/// <param name="Role">Their role when they recorded it.</param>
public sealed record UpdateAuthor(string UserId, string DisplayName, string? Agency, BoardRole Role)
{
    /// <summary>Takes the author from a signed-in user, recording for an agency.</summary>
    /// <param name="user">The user.</param>
    /// <param name="agency">The agency they record for, or <c>null</c> for their first agency (none for the business unit).</param>
    /// <returns>The author.</returns>
    public static UpdateAuthor For(BoardUser user, string? agency = null)
    {
        Preconditions.CheckNotNull(user);
        var role = user.IsIn(BoardRole.BusinessUnit) ? BoardRole.BusinessUnit : user.PrimaryRole;
        return new UpdateAuthor(user.UserId, user.DisplayName, agency ?? (role == BoardRole.BusinessUnit ? null : (user.Agencies.Count > 0 ? user.Agencies[0] : null)), role);
    }

    /// <summary>Returns the name and agency, as the history shows them.</summary>
    /// <returns>Such as "Sam Patel, West Mercia Police".</returns>
    public override string ToString() => Agency is null ? DisplayName : $"{DisplayName}, {Agency}";
}
