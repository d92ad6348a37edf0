namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// Decides whether a child is privately fostered (Children Act 1989 s66, s105(1) and Sch 8) and
/// says why.
/// </summary>
/// <remarks>
/// A child is privately fostered when all of these hold: the child is under 16, or under 18 if
/// disabled (s66(1)(a), s66(4)); the carer is not a parent, not a person with parental
/// responsibility and not a relative as s105(1) defines it (s66(1)(a)); the care has lasted 28
/// days or more, or is intended to (s66(2)); and no exemption in Sch 8 paras 1 to 5 applies (s66(3)).
/// Ages turn on the birthday: the day before the 16th birthday the child is under 16, on the
/// birthday not. A child born on 29 February is taken to reach a birthday on 1 March in a year
/// that is not a leap year. Exemptions not modelled here (such as a child placed for adoption or
/// detained under the Mental Health Act 1983) are for the practitioner to add.
/// The rules are those in force on the date assessed (<see cref="RuleSets"/>): the package answers
/// from 5 December 2005, when s105(1) came to count relatives by civil partnership as well as by marriage.
/// </remarks>
public static class PrivateFosteringRules
{
    /// <summary>The length, in days, from which an arrangement is private fostering (Children Act 1989 s66(2)).</summary>
    public const int QualifyingDays = 28;

    /// <summary>The first day the rules are answered for: 5 December 2005, when "by marriage or civil partnership" replaced "by affinity" in s105(1).</summary>
    public static readonly LocalDate RulesInForceFrom = new(2005, 12, 5);

    private static readonly SourceCitation Section66 = new("Children Act 1989", "s66(1)(a)");
    private static readonly SourceCitation AgeLimits = new("Children Act 1989", "s66(1)(a), s66(4)");
    private static readonly SourceCitation Length = new("Children Act 1989", "s66(2)");
    private static readonly SourceCitation Relative = new("Children Act 1989", "s105(1)");

    /// <summary>
    /// Gets the versions of the private fostering definition, in date order: Children Act 1989 s66,
    /// s105(1) (relatives "by marriage or civil partnership", Civil Partnership Act 2004 s75(4)) and
    /// Sch 8, from 5 December 2005 and still in force.
    /// </summary>
    public static IReadOnlyList<StatutoryRuleSet> RuleSets { get; } =
    [
        new("Private fostering as the Children Act 1989 defines it, with relatives by marriage or civil partnership", RulesInForceFrom, null,
            new SourceCitation("Children Act 1989", "s66, s105(1) and Sch 8; s105(1) as amended by the Civil Partnership Act 2004 s75(4), in force 5 December 2005")),
    ];

    /// <summary>Assesses an arrangement as at a date, by the rules in force on the date it is assessed at.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="asAt">The date to assess as at. For an arrangement that has ended before it, the arrangement is assessed as it stood when it ended; before it starts, as proposed.</param>
    /// <returns>The conclusion with its reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The date assessed is before 5 December 2005, earlier than the rules the package answers by.</exception>
    public static PrivateFosteringAssessment Assess(PrivateFosteringArrangement arrangement, LocalDate asAt)
    {
        Preconditions.CheckNotNull(arrangement);
        var reasons = new List<PrivateFosteringReason>();
        var effective = arrangement.End is { } end && end < asAt ? end : asAt;
        var ageDate = effective < arrangement.Start ? arrangement.Start : effective;
        var ruleSet = StatutoryRuleSet.InForceOn(RuleSets, ageDate, nameof(asAt));
        if (arrangement.End is { } ended && ended < asAt)
        {
            reasons.Add(new(PrivateFosteringTest.Length, false, $"The arrangement ended on {DisplayDates.Format(ended)}; it is assessed as it stood then.", Length));
        }

        var underAge = AssessAge(arrangement, ageDate, reasons);
        var carerQualifies = AssessCarer(arrangement, reasons);
        var longEnough = AssessLength(arrangement, effective, reasons);
        var exempt = AssessExemption(arrangement, reasons);

        return new PrivateFosteringAssessment(arrangement, asAt, ruleSet, underAge && carerQualifies && longEnough && !exempt, reasons);
    }

    /// <summary>Tells whether a person born on <paramref name="dateOfBirth"/> is under <paramref name="years"/> years old on <paramref name="date"/>.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="years">The age limit in years.</param>
    /// <param name="date">The date on which age is taken.</param>
    /// <returns><c>true</c> up to the day before the birthday on which the person turns <paramref name="years"/>.</returns>
    public static bool IsUnder(LocalDate dateOfBirth, int years, LocalDate date) => date < Birthday(dateOfBirth, years);

    /// <summary>Gets the day the child reaches the age limit and stops being privately fostered: the 16th birthday, or the 18th if disabled (Children Act 1989 s66(1)(a), s66(4)).</summary>
    /// <param name="arrangement">The arrangement, for the child's date of birth and disability.</param>
    /// <returns>The birthday; for a child born on 29 February, 1 March in a year that is not a leap year.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    public static LocalDate AgeLimitReachedOn(PrivateFosteringArrangement arrangement)
    {
        Preconditions.CheckNotNull(arrangement);
        return Birthday(arrangement.DateOfBirth, arrangement.IsDisabled ? 18 : 16);
    }

    private static LocalDate Birthday(LocalDate dateOfBirth, int years)
    {
        // NodaTime would clamp 29 February to 28 February; a leap-day child turns a year older on 1 March.
        var birthday = dateOfBirth.PlusYears(years);
        return dateOfBirth.Month == 2 && dateOfBirth.Day == 29 && birthday.Day == 28 ? birthday.PlusDays(1) : birthday;
    }

    private static bool AssessAge(PrivateFosteringArrangement arrangement, LocalDate date, List<PrivateFosteringReason> reasons)
    {
        var on = DisplayDates.Format(date);
        if (IsUnder(arrangement.DateOfBirth, 16, date))
        {
            reasons.Add(new(PrivateFosteringTest.Age, false, $"The child is under 16 on {on} (Children Act 1989 s66(1)(a)).", AgeLimits));
            return true;
        }
        if (arrangement.IsDisabled && IsUnder(arrangement.DateOfBirth, 18, date))
        {
            reasons.Add(new(PrivateFosteringTest.Age, false, $"The child is 16 or over on {on} but disabled and under 18, so the age limit is 18 (Children Act 1989 s66(4)).", AgeLimits));
            return true;
        }
        reasons.Add(new(PrivateFosteringTest.Age, true, arrangement.IsDisabled
            ? $"The child is 18 or over on {on}, so is not privately fostered (Children Act 1989 s66(4))."
            : $"The child is 16 or over on {on} and not disabled, so is not privately fostered (Children Act 1989 s66(1)(a), s66(4)).", AgeLimits));
        return false;
    }

    private static bool AssessCarer(PrivateFosteringArrangement arrangement, List<PrivateFosteringReason> reasons)
    {
        var tie = arrangement.CarerTie switch
        {
            KinshipTie.HalfBlood => " of the half blood",
            KinshipTie.Marriage => " by marriage",
            KinshipTie.CivilPartnership => " by civil partnership",
            _ => string.Empty,
        };
        const string RelativeRule = "a close relative as Children Act 1989 s105(1) defines it (grandparent, brother, sister, uncle or aunt, whether of the full or half blood or by marriage or civil partnership, or step-parent)";
        const string Unsettled = " Councils read this differently: if unsure, ask the local authority's private fostering team.";
        var (isParentOrRelative, text, source) = arrangement.CarerRelationship switch
        {
            CarerRelationship.Parent => (true, "The carer is the child's parent, so this is not private fostering (Children Act 1989 s66(1)(a)).", Section66),
            CarerRelationship.Grandparent => (true, $"The carer is the child's grandparent{tie}, {RelativeRule}.", Relative),
            CarerRelationship.BrotherOrSister => (true, $"The carer is the child's brother or sister{tie}, {RelativeRule}.", Relative),
            CarerRelationship.UncleOrAunt => (true, $"The carer is the child's uncle or aunt{tie}, {RelativeRule}.", Relative),
            CarerRelationship.StepParent => (true, $"The carer is the child's step-parent, {RelativeRule}.", Relative),
            CarerRelationship.StepBrotherOrStepSister => (true,
                "The carer is the child's step-brother or step-sister, taken here as a brother or sister \"by marriage or civil partnership\", so a close relative under Children Act 1989 s105(1) (as Family Rights Group reads it)." + Unsettled,
                new SourceCitation("Children Act 1989", "s105(1), as Family Rights Group's A to Z of terms reads \"relative\" (stepbrothers and stepsisters are related by marriage or civil partnership)")),
            CarerRelationship.GreatUncleOrGreatAunt => (false, "The carer is the child's great-uncle or great-aunt, who is not a close relative: Children Act 1989 s105(1) does not include them.", Relative),
            CarerRelationship.GreatGrandparent => (false, "The carer is the child's great-grandparent, who is not a close relative: Children Act 1989 s105(1) does not include them.", Relative),
            CarerRelationship.Cousin => (false, "The carer is the child's cousin, who is not a close relative: Children Act 1989 s105(1) does not include cousins.", Relative),
            CarerRelationship.UnmarriedPartnerOfParent => (false, "The carer is a parent's partner but not married to or in a civil partnership with the parent, so is not a step-parent or a close relative (Children Act 1989 s105(1)).", Relative),
            CarerRelationship.UnmarriedPartnerOfRelative => (false,
                "The carer is a relative's partner but not married to or in a civil partnership with that relative, so is not a close relative of the child: Children Act 1989 s105(1) counts relations by marriage or civil partnership only. If that relative also lives there and has taken on the child's care, the child is not privately fostered (Sch 8 para 2(1)(a)): choose that setting.", Relative),
            CarerRelationship.FormerStepParent => (false,
                "The carer is a former step-parent, whose marriage or civil partnership to the child's parent has ended. Children Act 1989 s105(1) names a step-parent; this package does not read it as including a former one, so the carer is taken as not a close relative." + Unsettled, Relative),
            CarerRelationship.SpecialGuardian => (false, "The carer is the child's special guardian, not a parent or a close relative (Children Act 1989 s105(1)).", Relative),
            CarerRelationship.ChildArrangementsOrderHolder => (false, "The carer is named in a child arrangements order as a person the child is to live with, not a parent or a close relative (Children Act 1989 s105(1)).", Relative),
            CarerRelationship.LocalAuthorityFosterCarerCaringPrivately => (false,
                "The carer is approved as a local authority foster carer but cares for this child under a private arrangement, not a local authority placement: the child is not looked after, so for this child the carer is a private foster carer (Children Act 1989 s66(1)), and the child counts towards the usual fostering limit (Sch 7).", Section66),
            CarerRelationship.FamilyFriend => (false, "The carer is a friend of the family, not a parent or a close relative (Children Act 1989 s66(1)(a), s105(1)).", Relative),
            CarerRelationship.HostFamily => (false, "The carer is a host family, not a parent or a close relative (Children Act 1989 s66(1)(a), s105(1)).", Relative),
            _ => (false, "The carer is not a parent or a close relative (Children Act 1989 s66(1)(a), s105(1)).", Relative),
        };
        reasons.Add(new(PrivateFosteringTest.Carer, isParentOrRelative, text, source));
        if (isParentOrRelative)
        {
            return false;
        }
        var parentalResponsibility = arrangement.CarerRelationship switch
        {
            CarerRelationship.SpecialGuardian => ("A special guardian has parental responsibility for the child (Children Act 1989 s14C(1)), so this is not private fostering (s66(1)(a)).",
                new SourceCitation("Children Act 1989", "s14C(1), s66(1)(a)")),
            CarerRelationship.ChildArrangementsOrderHolder => ("A person named in a child arrangements order as someone the child is to live with has parental responsibility while the order is in force (Children Act 1989 s12(2)), so this is not private fostering (s66(1)(a)).",
                new SourceCitation("Children Act 1989", "s12(2), s66(1)(a)")),
            _ when arrangement.CarerHasParentalResponsibility => ("The carer has parental responsibility for the child, so this is not private fostering (Children Act 1989 s66(1)(a)).", Section66),
            _ => ((string, SourceCitation)?)null,
        };
        if (parentalResponsibility is { } found)
        {
            reasons.Add(new(PrivateFosteringTest.ParentalResponsibility, true, found.Item1, found.Item2));
            return false;
        }
        return true;
    }

    private static bool AssessLength(PrivateFosteringArrangement arrangement, LocalDate effective, List<PrivateFosteringReason> reasons)
    {
        var start = arrangement.Start;
        var daysSoFar = effective > start ? Period.DaysBetween(start, effective) : 0;
        int? intendedDays = arrangement.IntendedEnd is { } intendedEnd ? Period.DaysBetween(start, intendedEnd) : null;
        var intention = intendedDays is { } planned
            ? $"intended to last {planned} days (to {DisplayDates.Format(arrangement.IntendedEnd!.Value)})"
            : "intended to continue with no end date";
        var intendedLongEnough = intendedDays is null or >= QualifyingDays;

        if (daysSoFar >= QualifyingDays)
        {
            reasons.Add(new(PrivateFosteringTest.Length, false, $"The child has been cared for by the carer for {daysSoFar} days, which is 28 days or more (Children Act 1989 s66(2)).", Length));
            return true;
        }
        if (effective < start)
        {
            reasons.Add(new(PrivateFosteringTest.Length, !intendedLongEnough, intendedLongEnough
                ? $"The arrangement has not started yet; it is {intention}, which is 28 days or more (Children Act 1989 s66(2))."
                : $"The arrangement has not started yet; it is {intention}, less than 28 days (Children Act 1989 s66(2)).", Length));
            return intendedLongEnough;
        }
        if (intendedLongEnough)
        {
            reasons.Add(new(PrivateFosteringTest.Length, false, arrangement.End is not null
                ? $"The arrangement ended after {daysSoFar} days, but it was {intention}, so it counts as 28 days or more (Children Act 1989 s66(2))."
                : $"The arrangement has lasted {daysSoFar} days so far and is {intention}, so it counts as 28 days or more (Children Act 1989 s66(2)).", Length));
            return true;
        }
        reasons.Add(new(PrivateFosteringTest.Length, true, arrangement.End is not null
            ? $"The arrangement lasted {daysSoFar} days and was {intention}: less than 28 days (Children Act 1989 s66(2))."
            : $"The arrangement has lasted {daysSoFar} days and is {intention}: less than 28 days (Children Act 1989 s66(2)).", Length));
        return false;
    }

    private static bool AssessExemption(PrivateFosteringArrangement arrangement, List<PrivateFosteringReason> reasons)
    {
        var (place, paragraph) = arrangement.Setting switch
        {
            CareSetting.School => ("a school where the child receives full-time education", "2(1)(d)"),
            CareSetting.Hospital => ("a health service hospital", "2(1)(e)"),
            CareSetting.CareHomeOrIndependentHospital => ("a care home or independent hospital", "2(1)(f)"),
            CareSetting.VoluntaryOrganisationAccommodation => ("accommodation provided by a voluntary organisation", "2(1)(c)"),
            CareSetting.LookedAfterByLocalAuthority => (string.Empty, "1"),
            CareSetting.WhereParentOrCaringRelativeLives => (string.Empty, "2(1)(a)"),
            _ => (string.Empty, string.Empty),
        };
        var source = new SourceCitation("Children Act 1989", paragraph.Length == 0 ? "Sch 8" : $"Sch 8 para {paragraph}");
        switch (arrangement.Setting)
        {
            case CareSetting.LookedAfterByLocalAuthority:
                reasons.Add(new(PrivateFosteringTest.Exemption, true, "The child is looked after by a local authority, so is not privately fostered (Children Act 1989 Sch 8 para 1).", source));
                return true;
            case CareSetting.WhereParentOrCaringRelativeLives:
                reasons.Add(new(PrivateFosteringTest.Exemption, true, "The child is cared for where a parent, a person with parental responsibility or a relative who has taken on the child's care lives, so is not privately fostered (Children Act 1989 Sch 8 para 2(1)(a)).", source));
                return true;
            case CareSetting.CarersHome:
                reasons.Add(new(PrivateFosteringTest.Exemption, false, "The child lives in the carer's home; no exemption applies (Children Act 1989 Sch 8).", source));
                return false;
            default:
                if (arrangement.CaredForInPersonalCapacity)
                {
                    reasons.Add(new(PrivateFosteringTest.Exemption, false, $"The child's usual setting is {place}, but the carer looks after the child in a personal capacity (such as a host family in the school holidays), so that exemption does not apply (Children Act 1989 Sch 8 para 2(2)).",
                        new SourceCitation("Children Act 1989", "Sch 8 para 2(2)")));
                    return false;
                }
                reasons.Add(new(PrivateFosteringTest.Exemption, true, $"The child is cared for in {place}, so is not privately fostered (Children Act 1989 Sch 8 para {paragraph}).", source));
                return true;
        }
    }
}
