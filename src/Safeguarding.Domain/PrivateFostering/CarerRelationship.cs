namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// Who the carer is to the child. Whether the carer is a close relative decides, with age, length
/// and setting, whether the child is privately fostered.
/// </summary>
/// <remarks>
/// Children Act 1989 s105(1): "relative", in relation to a child, means a grandparent, brother,
/// sister, uncle or aunt (whether of the full blood or half blood or by marriage or civil
/// partnership) or step-parent. Anyone else who is not a parent and has no parental
/// responsibility can be a private foster carer.
/// </remarks>
public enum CarerRelationship
{
    /// <summary>Not related to the child and not otherwise listed, such as a neighbour.</summary>
    Other = 0,

    /// <summary>The child's mother or father.</summary>
    Parent = 1,

    /// <summary>A grandparent: a close relative (s105(1)).</summary>
    Grandparent = 2,

    /// <summary>A brother or sister: a close relative (s105(1)).</summary>
    BrotherOrSister = 3,

    /// <summary>An uncle or aunt, including by marriage or civil partnership: a close relative (s105(1)).</summary>
    UncleOrAunt = 4,

    /// <summary>A step-parent (married to, or the civil partner of, a parent): a close relative (s105(1)).</summary>
    StepParent = 5,

    /// <summary>A great-uncle or great-aunt: not a close relative (s105(1) does not list them).</summary>
    GreatUncleOrGreatAunt = 6,

    /// <summary>A great-grandparent: not a close relative (s105(1) does not list them).</summary>
    GreatGrandparent = 7,

    /// <summary>A cousin: not a close relative (s105(1) does not list them).</summary>
    Cousin = 8,

    /// <summary>A parent's partner who is neither married to nor the civil partner of the parent: not a step-parent, so not a close relative.</summary>
    UnmarriedPartnerOfParent = 9,

    /// <summary>A friend of the family.</summary>
    FamilyFriend = 10,

    /// <summary>A host family, such as for a language student or a boarding pupil in the holidays.</summary>
    HostFamily = 11,
}
