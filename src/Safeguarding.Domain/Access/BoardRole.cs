namespace Safeguarding.Domain.Access;

/// <summary>
/// What someone does for the board, which decides what they may read and write. A host maps its
/// own identity provider's claims onto these; nothing here assumes one provider.
/// </summary>
/// <remarks>Source: DESIGN.md "Progress and permissions", the roles and what they may do.</remarks>
public enum BoardRole
{
    /// <summary>The board's business manager and business unit: maintain the plan, record progress on any action, accept or return updates.</summary>
    BusinessUnit,

    /// <summary>An agency's safeguarding lead: records progress on the actions their agency leads.</summary>
    AgencyLead,

    /// <summary>A board member: reads plans, ratings, reports and LADO aggregates.</summary>
    BoardMember,

    /// <summary>The Local Authority Designated Officer: reads plans and the allegations register.</summary>
    Lado,

    /// <summary>A practitioner: reads plans and uses the practice guides.</summary>
    Practitioner,

    /// <summary>The authority's private fostering officer (children's social care): keeps the private fostering register.</summary>
    PrivateFosteringOfficer,
}
