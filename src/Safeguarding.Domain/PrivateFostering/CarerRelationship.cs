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

    /// <summary>
    /// The partner of a relative (such as a grandparent's or an aunt's partner) who is neither married
    /// to nor the civil partner of that relative: not a relative, since s105(1) counts relations by
    /// marriage or civil partnership only. Where the relative lives there too and has taken on the
    /// child's care, the Sch 8 para 2(1)(a) exemption applies instead (<see cref="CareSetting.WhereParentOrCaringRelativeLives"/>).
    /// </summary>
    UnmarriedPartnerOfRelative = 12,

    /// <summary>
    /// A former step-parent, whose marriage or civil partnership to the child's parent has ended by
    /// divorce, dissolution or death. Taken as not a relative: s105(1) names a step-parent, and the
    /// package does not read it as including a former one (see the reasons it gives).
    /// </summary>
    FormerStepParent = 13,

    /// <summary>A special guardian: has parental responsibility for the child (Children Act 1989 s14C(1)), so is not a private foster carer.</summary>
    SpecialGuardian = 14,

    /// <summary>
    /// A person named in a child arrangements order as someone the child is to live with: has parental
    /// responsibility while the order is in force (Children Act 1989 s12(2)), so is not a private foster carer.
    /// </summary>
    ChildArrangementsOrderHolder = 15,

    /// <summary>
    /// A person approved as a local authority foster carer who cares for this child under a private
    /// arrangement, not a local authority placement: the child is not looked after, so the carer is a
    /// private foster carer for this child.
    /// </summary>
    LocalAuthorityFosterCarerCaringPrivately = 16,

    /// <summary>
    /// A step-brother or step-sister (a child of the child's step-parent): taken as a brother or sister
    /// "by marriage or civil partnership", so a relative under s105(1). Councils read this differently.
    /// </summary>
    StepBrotherOrStepSister = 17,
}
