namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// What the Levels of Need decision aid suggests for the indicators a practitioner selected: a
/// level, its pathway, the indicators that drove it and anything that must be done regardless.
/// It supports professional judgement and does not replace it.
/// </summary>
/// <param name="Guide">The guide the suggestion comes from.</param>
/// <param name="SuggestedLevel">The highest level among the selected indicators; <c>null</c> when none of them has a level.</param>
/// <param name="SelectedIndicators">Every indicator selected, in the guide's order.</param>
/// <param name="DrivingIndicators">The selected indicators at the suggested level: the ones that drove it.</param>
/// <param name="RequiredActions">What must be done whatever the level: urgent actions first.</param>
public sealed record LevelsOfNeedSuggestion(
    LevelsOfNeedGuide Guide,
    NeedLevel? SuggestedLevel,
    IReadOnlyList<NeedIndicator> SelectedIndicators,
    IReadOnlyList<NeedIndicator> DrivingIndicators,
    IReadOnlyList<RequiredAction> RequiredActions)
{
    /// <summary>The reminder every suggestion carries.</summary>
    public const string ProfessionalJudgementReminder =
        "This suggestion supports your professional judgement; it does not replace it. If you are unsure, talk to your agency's safeguarding lead or the MASH.";

    /// <summary>Gets the reminder that the guide supports professional judgement and does not replace it.</summary>
    /// <value>Always <see cref="ProfessionalJudgementReminder"/>.</value>
    /// <remarks>003_2b82dd704ae0436e.txt, section 5, priority 3: the Levels of Need "acts as a guide to support professional judgement".</remarks>
    public string Reminder { get; } = ProfessionalJudgementReminder;

    /// <summary>Gets the pathway steps for the suggested level; empty when no level is suggested.</summary>
    public IReadOnlyList<PathwayStep> PathwaySteps => SuggestedLevel?.Pathway ?? [];

    /// <summary>Gets whether a selected indicator says the child is in immediate danger.</summary>
    public bool IsImmediateDanger => SelectedIndicators.Any(indicator => indicator.Kind == NeedIndicatorKind.ImmediateDanger);
}
