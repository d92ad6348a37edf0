namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// How a relative is related to the child. Children Act 1989 s105(1) counts a grandparent,
/// brother, sister, uncle or aunt as a relative "whether of the full blood or half blood or by
/// marriage or civil partnership", so the tie never changes the answer; it is recorded so the
/// reasons can say so.
/// </summary>
public enum KinshipTie
{
    /// <summary>Related by full blood.</summary>
    FullBlood = 0,

    /// <summary>Related by half blood, such as a half-sister.</summary>
    HalfBlood = 1,

    /// <summary>Related by marriage, such as the wife of the child's uncle.</summary>
    Marriage = 2,

    /// <summary>Related by civil partnership.</summary>
    CivilPartnership = 3,
}
