using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests.Thresholds;

public class LevelsOfNeedDecisionAidTests
{
    private static readonly LevelsOfNeedDecisionAid Herefordshire =
        new(LevelsOfNeedGuideReader.ReadFile(ThresholdSeedFiles.HerefordshireLevelsOfNeed));

    private static readonly LevelsOfNeedDecisionAid SectionSeventeenAtLevelThree =
        new(LevelsOfNeedGuideReader.ReadFile(ThresholdSeedFiles.SectionSeventeenAtLevelThree));

    [Fact]
    public void Suggested_level_is_the_highest_level_among_the_selected_indicators()
    {
        var suggestion = Herefordshire.Suggest("information-and-advice", "at-risk-of-step-up");

        Assert.Equal(3, suggestion.SuggestedLevel?.Number);
    }

    [Fact]
    public void Driving_indicators_are_the_selected_ones_at_the_suggested_level()
    {
        var suggestion = Herefordshire.Suggest("information-and-advice", "at-risk-of-step-up", "stepped-down-from-child-protection-plan");

        Assert.Equal(["at-risk-of-step-up", "stepped-down-from-child-protection-plan"], suggestion.DrivingIndicators.Select(indicator => indicator.Id));
        Assert.Equal(3, suggestion.SelectedIndicators.Count);
    }

    [Fact]
    public void Level_1_pathway_signposts_to_WISH()
    {
        var suggestion = Herefordshire.Suggest("information-and-advice");

        var step = Assert.Single(suggestion.PathwaySteps);
        Assert.Equal(PathwayStepKind.Signpost, step.Kind);
        Assert.Contains("WISH", step.Text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("example-single-agency-additional-need")]
    [InlineData("at-risk-of-step-up")]
    public void Levels_2_and_3_use_the_pre_assessment_checklist_an_early_help_assessment_and_a_lead_professional(string indicatorId)
    {
        var kinds = Herefordshire.Suggest(indicatorId).PathwaySteps.Select(step => step.Kind).ToList();

        Assert.Contains(PathwayStepKind.PreAssessmentChecklist, kinds);
        Assert.Contains(PathwayStepKind.EarlyHelpAssessment, kinds);
        Assert.Contains(PathwayStepKind.LeadProfessional, kinds);
    }

    [Fact]
    public void Level_3_adds_early_triage_at_the_MAG()
    {
        var steps = Herefordshire.Suggest("at-risk-of-step-up").PathwaySteps;

        Assert.Contains(steps, step => step.Kind == PathwayStepKind.EarlyTriage && step.Text.Contains("(MAG)", StringComparison.Ordinal));
        Assert.DoesNotContain(Herefordshire.Suggest("example-single-agency-additional-need").PathwaySteps, step => step.Kind == PathwayStepKind.EarlyTriage);
    }

    [Fact]
    public void Level_4_refers_to_the_MASH_with_the_multi_agency_referral_form()
    {
        var steps = Herefordshire.Suggest("significant-harm").PathwaySteps;

        Assert.Contains(steps, step => step.Kind == PathwayStepKind.Referral && step.Text.Contains("MASH", StringComparison.Ordinal) && step.Text.Contains("multi-agency referral form", StringComparison.Ordinal));
    }

    [Fact]
    public void Immediate_danger_always_says_contact_the_police_or_MASH_now()
    {
        var suggestion = Herefordshire.Suggest("information-and-advice", "immediate-danger");

        var action = suggestion.RequiredActions[0];
        Assert.True(action.IsUrgent);
        Assert.Equal("Contact the police or the MASH now: the child is in immediate danger.", action.Text);
        Assert.True(suggestion.IsImmediateDanger);
        Assert.Equal(4, suggestion.SuggestedLevel?.Number);
    }

    [Fact]
    public void Immediate_danger_comes_before_any_other_required_action()
    {
        var suggestion = Herefordshire.Suggest("private-fostering", "immediate-danger");

        Assert.Equal([LevelsOfNeedDecisionAid.ImmediateDangerAction, LevelsOfNeedDecisionAid.PrivateFosteringAction], suggestion.RequiredActions.Select(action => action.Text));
    }

    [Fact]
    public void Without_immediate_danger_there_is_no_urgent_action()
    {
        var suggestion = Herefordshire.Suggest("significant-harm");

        Assert.Empty(suggestion.RequiredActions);
        Assert.False(suggestion.IsImmediateDanger);
    }

    [Fact]
    public void Private_fostering_always_adds_notify_the_local_authority()
    {
        var suggestion = Herefordshire.Suggest("information-and-advice", "private-fostering");

        var action = Assert.Single(suggestion.RequiredActions);
        Assert.StartsWith("Notify the local authority", action.Text, StringComparison.Ordinal);
        Assert.Equal("000_c934ee8d227a9289.txt", action.Source.Document);
        Assert.Equal("private-fostering", Assert.Single(action.Because).Id);
        Assert.Equal(1, suggestion.SuggestedLevel?.Number);
    }

    [Fact]
    public void Risk_factors_alone_suggest_no_level_but_still_carry_the_reminder()
    {
        var suggestion = Herefordshire.Suggest("parental-substance-misuse", "private-fostering");

        Assert.Null(suggestion.SuggestedLevel);
        Assert.Empty(suggestion.PathwaySteps);
        Assert.Empty(suggestion.DrivingIndicators);
        Assert.Equal(LevelsOfNeedSuggestion.ProfessionalJudgementReminder, suggestion.Reminder);
    }

    [Fact]
    public void Every_suggestion_says_it_supports_professional_judgement_and_does_not_replace_it()
    {
        var suggestion = Herefordshire.Suggest("significant-harm");

        Assert.Contains("supports your professional judgement", suggestion.Reminder, StringComparison.Ordinal);
        Assert.Contains("does not replace it", suggestion.Reminder, StringComparison.Ordinal);
    }

    [Fact]
    public void Nothing_selected_suggests_no_level_and_no_action()
    {
        var suggestion = Herefordshire.Suggest();

        Assert.Null(suggestion.SuggestedLevel);
        Assert.Empty(suggestion.RequiredActions);
        Assert.Equal(LevelsOfNeedSuggestion.ProfessionalJudgementReminder, suggestion.Reminder);
    }

    [Fact]
    public void Unknown_indicator_id_is_rejected_with_its_id()
    {
        var exception = Assert.Throws<ArgumentException>(() => Herefordshire.Suggest("not-an-indicator"));

        Assert.Contains("\"not-an-indicator\"", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Herefordshire_puts_a_child_in_need_at_level_4()
    {
        Assert.Equal(4, Herefordshire.Suggest("child-in-need").SuggestedLevel?.Number);
    }

    [Fact]
    public void A_guide_that_puts_section_17_at_level_3_suggests_level_3_for_a_child_in_need()
    {
        var suggestion = SectionSeventeenAtLevelThree.Suggest("additional-needs", "child-in-need");

        Assert.Equal(3, suggestion.SuggestedLevel?.Number);
        Assert.Equal("child-in-need", Assert.Single(suggestion.DrivingIndicators).Id);
        Assert.Contains(suggestion.PathwaySteps, step => step.Kind == PathwayStepKind.SocialCareAssessment && step.Text.Contains("section 17", StringComparison.Ordinal));
    }

    [Fact]
    public void A_guide_that_puts_section_17_at_level_3_keeps_section_47_at_level_4()
    {
        Assert.Equal(4, SectionSeventeenAtLevelThree.Suggest("child-in-need", "significant-harm").SuggestedLevel?.Number);
    }

    [Fact]
    public void Another_areas_guide_also_says_immediate_danger_and_private_fostering_actions()
    {
        var suggestion = SectionSeventeenAtLevelThree.Suggest("immediate-danger", "private-fostering");

        Assert.Equal([LevelsOfNeedDecisionAid.ImmediateDangerAction, LevelsOfNeedDecisionAid.PrivateFosteringAction], suggestion.RequiredActions.Select(action => action.Text));
    }

    [Fact]
    public void A_guide_built_in_code_with_a_problem_is_rejected_with_the_problem()
    {
        var source = new SourceCitation("test");
        var guide = new LevelsOfNeedGuide("Anywhere", "Levels", source,
            [new NeedLevel(1, "One", "d", source, [new PathwayStep(PathwayStepKind.Other, "s", source)])],
            [new NeedIndicator("a", "A", source, 2)]);

        var exception = Assert.Throws<ArgumentException>(() => new LevelsOfNeedDecisionAid(guide));

        Assert.Contains("$.indicators[0].level: expected a level from 1 to 1, but found 2", exception.Message, StringComparison.Ordinal);
    }
}
