using Safeguarding.Domain.PrivateFostering;

namespace Safeguarding.Domain.Tests.PrivateFostering;

/// <summary>The carers issue 11 added, the structured reasons, and the rules in time of the private fostering definition.</summary>
public class PrivateFosteringCarerTests
{
    private static readonly LocalDate Start = new(2026, 3, 1);

    private static PrivateFosteringAssessment Assess(CarerRelationship carer, bool parentalResponsibility = false, CareSetting setting = CareSetting.CarersHome) =>
        PrivateFosteringRules.Assess(new PrivateFosteringArrangement(new CaseReference("PF-2026-011"), new LocalDate(2014, 9, 1), Start)
        {
            CarerRelationship = carer,
            CarerHasParentalResponsibility = parentalResponsibility,
            Setting = setting,
        }, Start.PlusDays(40));

    [Theory]
    [InlineData(CarerRelationship.UnmarriedPartnerOfRelative, true)]
    [InlineData(CarerRelationship.FormerStepParent, true)]
    [InlineData(CarerRelationship.LocalAuthorityFosterCarerCaringPrivately, true)]
    [InlineData(CarerRelationship.SpecialGuardian, false)]
    [InlineData(CarerRelationship.ChildArrangementsOrderHolder, false)]
    [InlineData(CarerRelationship.StepBrotherOrStepSister, false)]
    public void Each_new_carer_has_the_answer_the_law_gives(CarerRelationship carer, bool privatelyFostered)
    {
        Assert.Equal(privatelyFostered, Assess(carer).IsPrivatelyFostered);
    }

    [Theory]
    [InlineData(CarerRelationship.SpecialGuardian, "s14C(1)")]
    [InlineData(CarerRelationship.ChildArrangementsOrderHolder, "s12(2)")]
    public void A_special_guardian_or_child_arrangements_order_holder_is_ruled_out_by_parental_responsibility_even_if_the_box_is_not_ticked(CarerRelationship carer, string section)
    {
        var assessment = Assess(carer);

        Assert.Equal([PrivateFosteringTest.ParentalResponsibility], assessment.RuledOutBy);
        var reason = Assert.Single(assessment.Reasons, reason => reason.Test == PrivateFosteringTest.ParentalResponsibility);
        Assert.Contains(section, reason.Source.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void A_step_sibling_is_a_relative_and_the_reason_states_the_position_its_source_and_that_councils_differ()
    {
        var assessment = Assess(CarerRelationship.StepBrotherOrStepSister);

        Assert.Equal([PrivateFosteringTest.Carer], assessment.RuledOutBy);
        var reason = assessment.Reasons.Single(reason => reason.Test == PrivateFosteringTest.Carer);
        Assert.Contains("brother or sister \"by marriage or civil partnership\"", reason.Text, StringComparison.Ordinal);
        Assert.Contains("Councils read this differently", reason.Text, StringComparison.Ordinal);
        Assert.Contains("Family Rights Group", reason.Source.Where, StringComparison.Ordinal);
    }

    [Fact]
    public void A_relatives_unmarried_partner_is_not_a_relative_but_the_relative_living_there_exempts_the_child()
    {
        var alone = Assess(CarerRelationship.UnmarriedPartnerOfRelative);
        var withTheRelative = Assess(CarerRelationship.UnmarriedPartnerOfRelative, setting: CareSetting.WhereParentOrCaringRelativeLives);

        Assert.True(alone.IsPrivatelyFostered);
        Assert.Contains("Sch 8 para 2(1)(a)", alone.Reasons.Single(reason => reason.Test == PrivateFosteringTest.Carer).Text, StringComparison.Ordinal);
        Assert.Equal([PrivateFosteringTest.Exemption], withTheRelative.RuledOutBy);
    }

    [Fact]
    public void A_local_authority_foster_carer_caring_privately_is_a_private_foster_carer_for_that_child()
    {
        var assessment = Assess(CarerRelationship.LocalAuthorityFosterCarerCaringPrivately);

        Assert.Empty(assessment.RuledOutBy);
        Assert.Contains("not a local authority placement", assessment.Reasons.Single(reason => reason.Test == PrivateFosteringTest.Carer).Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Each_reason_names_its_test_in_order_and_the_tests_that_ruled_it_out()
    {
        var assessment = Assess(CarerRelationship.Grandparent, setting: CareSetting.School);

        Assert.Equal([PrivateFosteringTest.Age, PrivateFosteringTest.Carer, PrivateFosteringTest.Length, PrivateFosteringTest.Exemption], assessment.Reasons.Select(reason => reason.Test));
        Assert.Equal([PrivateFosteringTest.Carer, PrivateFosteringTest.Exemption], assessment.RuledOutBy);
        Assert.All(assessment.Reasons, reason => Assert.Equal("Children Act 1989", reason.Source.Document));
    }

    [Fact]
    public void A_child_privately_fostered_was_ruled_out_by_nothing()
    {
        Assert.Empty(Assess(CarerRelationship.Cousin).RuledOutBy);
    }

    [Fact]
    public void The_definition_is_answered_from_5_December_2005_and_refused_the_day_before()
    {
        var arrangement = new PrivateFosteringArrangement(new CaseReference("PF-2005-001"), new LocalDate(1995, 1, 1), new LocalDate(2005, 10, 1))
        {
            CarerRelationship = CarerRelationship.UncleOrAunt,
            CarerTie = KinshipTie.CivilPartnership,
        };

        var error = Assert.Throws<ArgumentOutOfRangeException>(() => PrivateFosteringRules.Assess(arrangement, new LocalDate(2005, 12, 4)));
        var answered = PrivateFosteringRules.Assess(arrangement, new LocalDate(2005, 12, 5));

        Assert.Contains("from 5 December 2005", error.Message, StringComparison.Ordinal);
        Assert.False(answered.IsPrivatelyFostered);
        Assert.Contains("civil partnership", answered.RuleSet.Name, StringComparison.Ordinal);
    }
}
