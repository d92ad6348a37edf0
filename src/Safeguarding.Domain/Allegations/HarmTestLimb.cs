namespace Safeguarding.Domain.Allegations;

/// <summary>
/// The limbs of the harm test for allegations against people who work with children (Working
/// Together to Safeguard Children; Keeping Children Safe in Education Part 4). An allegation that
/// meets any one limb is referred to the Local Authority Designated Officer (LADO).
/// </summary>
public enum HarmTestLimb
{
    /// <summary>(1) The person has behaved in a way that has harmed a child, or may have harmed a child.</summary>
    HarmedOrMayHaveHarmed = 1,

    /// <summary>(2) The person has possibly committed a criminal offence against or related to a child.</summary>
    PossibleCriminalOffence = 2,

    /// <summary>(3) The person has behaved towards a child or children in a way that indicates they may pose a risk of harm to children.</summary>
    MayPoseRiskOfHarm = 3,

    /// <summary>
    /// (4) The person has behaved or may have behaved in a way that indicates they may not be
    /// suitable to work with children. In force for allegations from 1 September 2020 (Keeping
    /// Children Safe in Education 2020).
    /// </summary>
    MayNotBeSuitableToWorkWithChildren = 4,
}
