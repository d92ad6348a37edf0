using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.PrivateFostering;

public class PrivateFosteringRulesTests
{
    private static readonly CaseReference Reference = new("PF-2026-001");
    private static readonly LocalDate Start = new(2026, 3, 1);
    private static readonly LocalDate DateOfBirth = new(2012, 6, 15);

    // A child of 13, with a family friend, for 60 days: privately fostered.
    private static PrivateFosteringArrangement Arrangement(
        LocalDate? dateOfBirth = null,
        bool disabled = false,
        CarerRelationship carer = CarerRelationship.FamilyFriend,
        KinshipTie? tie = null,
        CareSetting setting = CareSetting.CarersHome,
        bool personalCapacity = false,
        LocalDate? intendedEnd = null,
        LocalDate? end = null) =>
        new(Reference, dateOfBirth ?? DateOfBirth, Start)
        {
            IsDisabled = disabled,
            CarerRelationship = carer,
            CarerTie = tie,
            Setting = setting,
            CaredForInPersonalCapacity = personalCapacity,
            IntendedEnd = intendedEnd,
            End = end,
        };

    private static PrivateFosteringAssessment AssessAt(PrivateFosteringArrangement arrangement, LocalDate? asAt = null) =>
        PrivateFosteringRules.Assess(arrangement, asAt ?? Start.PlusDays(60));

    [Fact]
    public void Child_of_13_with_a_family_friend_for_60_days_is_privately_fostered()
    {
        var assessment = AssessAt(Arrangement());

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Equal(4, assessment.Reasons.Count);
    }

    [Fact]
    public void Child_is_under_16_the_day_before_the_16th_birthday()
    {
        var dateOfBirth = new LocalDate(2010, 5, 1);

        var assessment = AssessAt(Arrangement(dateOfBirth), new LocalDate(2026, 4, 30));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Contains("under 16", assessment.Reasons[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Child_is_not_under_16_on_the_16th_birthday()
    {
        var dateOfBirth = new LocalDate(2010, 5, 1);

        var assessment = AssessAt(Arrangement(dateOfBirth), new LocalDate(2026, 5, 1));

        Assert.False(assessment.IsPrivatelyFostered);
        Assert.Contains("16 or over", assessment.Reasons[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_17_year_old_is_privately_fostered()
    {
        var assessment = AssessAt(Arrangement(new LocalDate(2008, 9, 1), disabled: true), new LocalDate(2026, 5, 1));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Contains("s66(4)", assessment.Reasons[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Disabled_young_person_is_not_privately_fostered_on_the_18th_birthday()
    {
        var assessment = AssessAt(Arrangement(new LocalDate(2008, 5, 1), disabled: true), new LocalDate(2026, 5, 1));

        Assert.False(assessment.IsPrivatelyFostered);
    }

    [Fact]
    public void Child_born_on_29_February_turns_16_on_1_March_in_a_common_year()
    {
        Assert.True(PrivateFosteringRules.IsUnder(new LocalDate(2012, 2, 29), 16, new LocalDate(2028, 2, 28)));
        Assert.False(PrivateFosteringRules.IsUnder(new LocalDate(2008, 2, 29), 16, new LocalDate(2024, 2, 29)));
        Assert.True(PrivateFosteringRules.IsUnder(new LocalDate(2011, 2, 28), 16, new LocalDate(2027, 2, 27)));
    }

    [Fact]
    public void Arrangement_of_27_days_not_intended_to_last_longer_is_not_private_fostering()
    {
        var assessment = AssessAt(Arrangement(intendedEnd: Start.PlusDays(27), end: Start.PlusDays(27)));

        Assert.False(assessment.IsPrivatelyFostered);
        Assert.Contains("less than 28 days", assessment.Reasons.Single(r => r.Text.Contains("s66(2)", StringComparison.Ordinal)).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrangement_of_28_days_is_private_fostering()
    {
        var assessment = AssessAt(Arrangement(intendedEnd: Start.PlusDays(28), end: Start.PlusDays(28)));

        Assert.True(assessment.IsPrivatelyFostered);
    }

    [Fact]
    public void Arrangement_running_27_days_with_no_intended_end_is_private_fostering()
    {
        var assessment = AssessAt(Arrangement(), Start.PlusDays(27));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Contains("no end date", assessment.Reasons[2].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Arrangement_intended_for_28_days_but_ended_early_is_private_fostering()
    {
        var assessment = AssessAt(Arrangement(intendedEnd: Start.PlusDays(28), end: Start.PlusDays(9)));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Contains(assessment.Reasons, r => r.Text.Contains("ended after 9 days, but it was intended to last 28 days", StringComparison.Ordinal));
    }

    [Fact]
    public void Proposed_arrangement_intended_for_six_months_is_private_fostering_before_it_starts()
    {
        var assessment = AssessAt(Arrangement(intendedEnd: Start.PlusMonths(6)), Start.PlusDays(-30));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Contains(assessment.Reasons, r => r.Text.Contains("not started yet", StringComparison.Ordinal));
    }

    [Fact]
    public void Aunt_by_marriage_is_a_close_relative()
    {
        var assessment = AssessAt(Arrangement(carer: CarerRelationship.UncleOrAunt, tie: KinshipTie.Marriage));

        Assert.False(assessment.IsPrivatelyFostered);
        Assert.Contains("uncle or aunt by marriage", assessment.Reasons[1].Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CarerRelationship.Grandparent)]
    [InlineData(CarerRelationship.BrotherOrSister)]
    [InlineData(CarerRelationship.StepParent)]
    [InlineData(CarerRelationship.Parent)]
    public void Parent_or_close_relative_carer_is_not_private_fostering(CarerRelationship carer)
    {
        Assert.False(AssessAt(Arrangement(carer: carer)).IsPrivatelyFostered);
    }

    [Fact]
    public void Half_sister_is_a_close_relative()
    {
        Assert.False(AssessAt(Arrangement(carer: CarerRelationship.BrotherOrSister, tie: KinshipTie.HalfBlood)).IsPrivatelyFostered);
    }

    [Fact]
    public void Great_aunt_is_not_a_close_relative()
    {
        Assert.True(AssessAt(Arrangement(carer: CarerRelationship.GreatUncleOrGreatAunt)).IsPrivatelyFostered);
    }

    [Fact]
    public void Cousin_is_not_a_close_relative()
    {
        Assert.True(AssessAt(Arrangement(carer: CarerRelationship.Cousin)).IsPrivatelyFostered);
    }

    [Fact]
    public void Great_grandparent_is_not_a_close_relative()
    {
        Assert.True(AssessAt(Arrangement(carer: CarerRelationship.GreatGrandparent)).IsPrivatelyFostered);
    }

    [Fact]
    public void Unmarried_partner_of_a_parent_is_not_a_close_relative()
    {
        var assessment = AssessAt(Arrangement(carer: CarerRelationship.UnmarriedPartnerOfParent));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Contains("not a step-parent", assessment.Reasons[1].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Carer_with_parental_responsibility_is_not_a_private_foster_carer()
    {
        var arrangement = new PrivateFosteringArrangement(Reference, DateOfBirth, Start)
        {
            CarerRelationship = CarerRelationship.Cousin,
            CarerHasParentalResponsibility = true,
        };

        Assert.False(AssessAt(arrangement).IsPrivatelyFostered);
    }

    [Fact]
    public void School_pupil_with_a_host_family_in_the_holidays_is_privately_fostered()
    {
        var assessment = AssessAt(Arrangement(carer: CarerRelationship.HostFamily, setting: CareSetting.School, personalCapacity: true));

        Assert.True(assessment.IsPrivatelyFostered);
        Assert.Contains("Sch 8 para 2(2)", assessment.Reasons[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Child_in_a_boarding_school_is_not_privately_fostered()
    {
        var assessment = AssessAt(Arrangement(carer: CarerRelationship.Other, setting: CareSetting.School));

        Assert.False(assessment.IsPrivatelyFostered);
        Assert.Contains("Sch 8 para 2(1)", assessment.Reasons[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Child_cared_for_by_nurses_in_hospital_is_not_privately_fostered()
    {
        var assessment = AssessAt(Arrangement(setting: CareSetting.Hospital));

        Assert.False(assessment.IsPrivatelyFostered);
        Assert.Contains("Sch 8 para 2(1)(e)", assessment.Reasons[3].Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Child_looked_after_by_a_local_authority_is_not_privately_fostered()
    {
        Assert.False(AssessAt(Arrangement(setting: CareSetting.LookedAfterByLocalAuthority)).IsPrivatelyFostered);
    }

    [Fact]
    public void Child_cared_for_where_a_parent_lives_is_not_privately_fostered()
    {
        Assert.False(AssessAt(Arrangement(setting: CareSetting.WhereParentOrCaringRelativeLives)).IsPrivatelyFostered);
    }

    [Fact]
    public void Reasons_and_text_never_show_the_date_of_birth()
    {
        var assessment = AssessAt(Arrangement());
        var text = string.Join(" ", assessment.Reasons) + assessment + assessment.Arrangement;

        Assert.DoesNotContain("15 June 2012", text, StringComparison.Ordinal);
        Assert.DoesNotContain("2012", text, StringComparison.Ordinal);
        Assert.Contains("PF-2026-001", assessment.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void End_before_the_start_is_refused()
    {
        Assert.Throws<ArgumentException>(() => new PrivateFosteringArrangement(Reference, DateOfBirth, Start) { End = Start.PlusDays(-1) });
    }
}
