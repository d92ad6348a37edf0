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
/// </remarks>
public static class PrivateFosteringRules
{
    /// <summary>The length, in days, from which an arrangement is private fostering (Children Act 1989 s66(2)).</summary>
    public const int QualifyingDays = 28;

    /// <summary>Assesses an arrangement as at a date.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="asAt">The date to assess as at. For an arrangement that has ended before it, the arrangement is assessed as it stood when it ended; before it starts, as proposed.</param>
    /// <returns>The conclusion with its reasons.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    public static PrivateFosteringAssessment Assess(PrivateFosteringArrangement arrangement, LocalDate asAt)
    {
        Preconditions.CheckNotNull(arrangement);
        var reasons = new List<string>();
        var effective = arrangement.End is { } end && end < asAt ? end : asAt;
        if (arrangement.End is { } ended && ended < asAt)
        {
            reasons.Add($"The arrangement ended on {DisplayDates.Format(ended)}; it is assessed as it stood then.");
        }

        var ageDate = effective < arrangement.Start ? arrangement.Start : effective;
        var underAge = AssessAge(arrangement, ageDate, reasons);
        var carerQualifies = AssessCarer(arrangement, reasons);
        var longEnough = AssessLength(arrangement, effective, reasons);
        var exempt = AssessExemption(arrangement, reasons);

        return new PrivateFosteringAssessment(arrangement, asAt, underAge && carerQualifies && longEnough && !exempt, reasons);
    }

    /// <summary>Tells whether a person born on <paramref name="dateOfBirth"/> is under <paramref name="years"/> years old on <paramref name="date"/>.</summary>
    /// <param name="dateOfBirth">The date of birth.</param>
    /// <param name="years">The age limit in years.</param>
    /// <param name="date">The date on which age is taken.</param>
    /// <returns><c>true</c> up to the day before the birthday on which the person turns <paramref name="years"/>.</returns>
    public static bool IsUnder(LocalDate dateOfBirth, int years, LocalDate date) => date < Birthday(dateOfBirth, years);

    private static LocalDate Birthday(LocalDate dateOfBirth, int years)
    {
        // NodaTime would clamp 29 February to 28 February; a leap-day child turns a year older on 1 March.
        var birthday = dateOfBirth.PlusYears(years);
        return dateOfBirth.Month == 2 && dateOfBirth.Day == 29 && birthday.Day == 28 ? birthday.PlusDays(1) : birthday;
    }

    private static bool AssessAge(PrivateFosteringArrangement arrangement, LocalDate date, List<string> reasons)
    {
        var on = DisplayDates.Format(date);
        if (IsUnder(arrangement.DateOfBirth, 16, date))
        {
            reasons.Add($"The child is under 16 on {on} (Children Act 1989 s66(1)(a)).");
            return true;
        }
        if (arrangement.IsDisabled && IsUnder(arrangement.DateOfBirth, 18, date))
        {
            reasons.Add($"The child is 16 or over on {on} but disabled and under 18, so the age limit is 18 (Children Act 1989 s66(4)).");
            return true;
        }
        reasons.Add(arrangement.IsDisabled
            ? $"The child is 18 or over on {on}, so is not privately fostered (Children Act 1989 s66(4))."
            : $"The child is 16 or over on {on} and not disabled, so is not privately fostered (Children Act 1989 s66(1)(a), s66(4)).");
        return false;
    }

    private static bool AssessCarer(PrivateFosteringArrangement arrangement, List<string> reasons)
    {
        var tie = arrangement.CarerTie switch
        {
            KinshipTie.HalfBlood => " of the half blood",
            KinshipTie.Marriage => " by marriage",
            KinshipTie.CivilPartnership => " by civil partnership",
            _ => string.Empty,
        };
        const string RelativeRule = "a close relative as Children Act 1989 s105(1) defines it (grandparent, brother, sister, uncle or aunt, whether of the full or half blood or by marriage or civil partnership, or step-parent)";
        var (isRelativeOrParent, text) = arrangement.CarerRelationship switch
        {
            CarerRelationship.Parent => (true, "The carer is the child's parent, so this is not private fostering (Children Act 1989 s66(1)(a))."),
            CarerRelationship.Grandparent => (true, $"The carer is the child's grandparent{tie}, {RelativeRule}."),
            CarerRelationship.BrotherOrSister => (true, $"The carer is the child's brother or sister{tie}, {RelativeRule}."),
            CarerRelationship.UncleOrAunt => (true, $"The carer is the child's uncle or aunt{tie}, {RelativeRule}."),
            CarerRelationship.StepParent => (true, $"The carer is the child's step-parent, {RelativeRule}."),
            CarerRelationship.GreatUncleOrGreatAunt => (false, "The carer is the child's great-uncle or great-aunt, who is not a close relative: Children Act 1989 s105(1) does not include them."),
            CarerRelationship.GreatGrandparent => (false, "The carer is the child's great-grandparent, who is not a close relative: Children Act 1989 s105(1) does not include them."),
            CarerRelationship.Cousin => (false, "The carer is the child's cousin, who is not a close relative: Children Act 1989 s105(1) does not include cousins."),
            CarerRelationship.UnmarriedPartnerOfParent => (false, "The carer is a parent's partner but not married to or in a civil partnership with the parent, so is not a step-parent or a close relative (Children Act 1989 s105(1))."),
            CarerRelationship.FamilyFriend => (false, "The carer is a friend of the family, not a parent or a close relative (Children Act 1989 s66(1)(a), s105(1))."),
            CarerRelationship.HostFamily => (false, "The carer is a host family, not a parent or a close relative (Children Act 1989 s66(1)(a), s105(1))."),
            _ => (false, "The carer is not a parent or a close relative (Children Act 1989 s66(1)(a), s105(1))."),
        };
        reasons.Add(text);
        if (isRelativeOrParent)
        {
            return false;
        }
        if (arrangement.CarerHasParentalResponsibility)
        {
            reasons.Add("The carer has parental responsibility for the child, so this is not private fostering (Children Act 1989 s66(1)(a)).");
            return false;
        }
        return true;
    }

    private static bool AssessLength(PrivateFosteringArrangement arrangement, LocalDate effective, List<string> reasons)
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
            reasons.Add($"The child has been cared for by the carer for {daysSoFar} days, which is 28 days or more (Children Act 1989 s66(2)).");
            return true;
        }
        if (effective < start)
        {
            reasons.Add(intendedLongEnough
                ? $"The arrangement has not started yet; it is {intention}, which is 28 days or more (Children Act 1989 s66(2))."
                : $"The arrangement has not started yet; it is {intention}, less than 28 days (Children Act 1989 s66(2)).");
            return intendedLongEnough;
        }
        if (intendedLongEnough)
        {
            reasons.Add(arrangement.End is not null
                ? $"The arrangement ended after {daysSoFar} days, but it was {intention}, so it counts as 28 days or more (Children Act 1989 s66(2))."
                : $"The arrangement has lasted {daysSoFar} days so far and is {intention}, so it counts as 28 days or more (Children Act 1989 s66(2)).");
            return true;
        }
        reasons.Add(arrangement.End is not null
            ? $"The arrangement lasted {daysSoFar} days and was {intention}: less than 28 days (Children Act 1989 s66(2))."
            : $"The arrangement has lasted {daysSoFar} days and is {intention}: less than 28 days (Children Act 1989 s66(2)).");
        return false;
    }

    private static bool AssessExemption(PrivateFosteringArrangement arrangement, List<string> reasons)
    {
        var establishment = arrangement.Setting switch
        {
            CareSetting.School => ("a school where the child receives full-time education", "2(1)(d)"),
            CareSetting.Hospital => ("a health service hospital", "2(1)(e)"),
            CareSetting.CareHomeOrIndependentHospital => ("a care home or independent hospital", "2(1)(f)"),
            CareSetting.VoluntaryOrganisationAccommodation => ("accommodation provided by a voluntary organisation", "2(1)(c)"),
            _ => (string.Empty, string.Empty),
        };
        var (place, paragraph) = establishment;
        switch (arrangement.Setting)
        {
            case CareSetting.LookedAfterByLocalAuthority:
                reasons.Add("The child is looked after by a local authority, so is not privately fostered (Children Act 1989 Sch 8 para 1).");
                return true;
            case CareSetting.WhereParentOrCaringRelativeLives:
                reasons.Add("The child is cared for where a parent, a person with parental responsibility or a relative who has taken on the child's care lives, so is not privately fostered (Children Act 1989 Sch 8 para 2(1)(a)).");
                return true;
            case CareSetting.CarersHome:
                reasons.Add("The child lives in the carer's home; no exemption applies (Children Act 1989 Sch 8).");
                return false;
            default:
                if (arrangement.CaredForInPersonalCapacity)
                {
                    reasons.Add($"The child's usual setting is {place}, but the carer looks after the child in a personal capacity (such as a host family in the school holidays), so that exemption does not apply (Children Act 1989 Sch 8 para 2(2)).");
                    return false;
                }
                reasons.Add($"The child is cared for in {place}, so is not privately fostered (Children Act 1989 Sch 8 para {paragraph}).");
                return true;
        }
    }
}
