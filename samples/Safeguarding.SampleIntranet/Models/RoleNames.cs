using Safeguarding.Domain.Access;

namespace Safeguarding.SampleIntranet.Models;

/// <summary>Board roles in words, for people.</summary>
public static class RoleNames
{
    /// <summary>Gets a role in words.</summary>
    /// <param name="role">The role.</param>
    /// <returns>Such as "agency lead".</returns>
    public static string Of(BoardRole role) => role switch
    {
        BoardRole.BusinessUnit => "board business unit",
        BoardRole.AgencyLead => "agency safeguarding lead",
        BoardRole.BoardMember => "board member",
        BoardRole.Lado => "LADO",
        BoardRole.Practitioner => "practitioner",
        BoardRole.PrivateFosteringOfficer => "private fostering officer",
        _ => role.ToString(),
    };
}
