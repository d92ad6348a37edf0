namespace Safeguarding.Widgets.ViewModels;

/// <summary>The Levels of Need guide as a form of indicators, with the suggestion for those ticked.</summary>
public sealed record LevelsOfNeedViewModel
{
    /// <summary>Gets the guide's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets a note when the guide is an illustration rather than an area's real guide, or <c>null</c>.</summary>
    public string? IllustrationNote { get; init; }

    /// <summary>Gets the address the form sends the ticked indicators to (by GET, so it works without script).</summary>
    public required string FormAction { get; init; }

    /// <summary>Gets the form field's name for an indicator.</summary>
    public string FieldName { get; init; } = "indicator";

    /// <summary>Gets the levels, each with its descriptor and indicators.</summary>
    public required IReadOnlyList<NeedLevelViewModel> Levels { get; init; }

    /// <summary>Gets the indicators that belong to no level (risk factors, private fostering).</summary>
    public required IReadOnlyList<NeedIndicatorViewModel> OtherIndicators { get; init; }

    /// <summary>Gets the suggestion for the ticked indicators, or <c>null</c> when none are ticked.</summary>
    public LevelsOfNeedSuggestionViewModel? Suggestion { get; init; }

    /// <summary>Gets what was wrong with the form, naming the field, or <c>null</c>.</summary>
    public string? Error { get; init; }

    /// <summary>Gets the reminder that the guide supports professional judgement and does not replace it.</summary>
    public required string Reminder { get; init; }
}

/// <summary>A level of need with its indicators.</summary>
/// <param name="Heading">Such as "Level 3: Multi-agency intervention".</param>
/// <param name="Descriptor">The level's descriptor.</param>
/// <param name="Indicators">Its indicators.</param>
public sealed record NeedLevelViewModel(string Heading, string Descriptor, IReadOnlyList<NeedIndicatorViewModel> Indicators);

/// <summary>An indicator as a checkbox.</summary>
/// <param name="Id">Its id, the checkbox's value.</param>
/// <param name="Text">What it says.</param>
/// <param name="Checked">Whether it is ticked.</param>
/// <param name="Note">A note such as "An example: no document gives one", or <c>null</c>.</param>
public sealed record NeedIndicatorViewModel(string Id, string Text, bool Checked, string? Note);

/// <summary>What the guide suggests for the ticked indicators.</summary>
public sealed record LevelsOfNeedSuggestionViewModel
{
    /// <summary>Gets the suggested level, such as "Level 3: Multi-agency intervention", or a sentence saying no level follows.</summary>
    public required string Level { get; init; }

    /// <summary>Gets the actions to take now, most urgent first (contact the police or MASH; notify the local authority).</summary>
    public required IReadOnlyList<RequiredActionViewModel> RequiredActions { get; init; }

    /// <summary>Gets the pathway steps for the suggested level.</summary>
    public required IReadOnlyList<string> PathwaySteps { get; init; }

    /// <summary>Gets the indicators that drove the suggestion.</summary>
    public required IReadOnlyList<string> DrivingIndicators { get; init; }
}

/// <summary>An action the guide says to take.</summary>
/// <param name="Text">What to do.</param>
/// <param name="IsUrgent">Whether it is to be done now.</param>
public sealed record RequiredActionViewModel(string Text, bool IsUrgent);
