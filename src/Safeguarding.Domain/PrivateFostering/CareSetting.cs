namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// Where, and on what footing, the child is cared for. Some settings are exempt from private
/// fostering (Children Act 1989 Sch 8).
/// </summary>
public enum CareSetting
{
    /// <summary>The carer's own home, with no exemption: the usual private fostering setting.</summary>
    CarersHome = 0,

    /// <summary>The child is looked after by a local authority (Sch 8 para 1).</summary>
    LookedAfterByLocalAuthority = 1,

    /// <summary>
    /// Premises where a parent, a person with parental responsibility, or a relative who has assumed
    /// responsibility for the child's care is living (Sch 8 para 2(1)(a)).
    /// </summary>
    WhereParentOrCaringRelativeLives = 2,

    /// <summary>A school in which the child receives full-time education, such as a boarding school (Sch 8 para 2(1)(d)).</summary>
    School = 3,

    /// <summary>A health service hospital (Sch 8 para 2(1)(e)).</summary>
    Hospital = 4,

    /// <summary>A care home or independent hospital (Sch 8 para 2(1)(f)). Children's homes were removed from the list in 2002.</summary>
    CareHomeOrIndependentHospital = 5,

    /// <summary>Accommodation provided by or on behalf of a voluntary organisation (Sch 8 para 2(1)(c)).</summary>
    VoluntaryOrganisationAccommodation = 6,
}
