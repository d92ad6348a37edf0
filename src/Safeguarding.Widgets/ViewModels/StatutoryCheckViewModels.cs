namespace Safeguarding.Widgets.ViewModels;

/// <summary>A choice in a form's list: its value, its words and whether it is chosen.</summary>
/// <param name="Value">The value sent.</param>
/// <param name="Text">What the person reads.</param>
/// <param name="Selected">Whether it is chosen.</param>
public sealed record FormChoice(string Value, string Text, bool Selected);

/// <summary>The answer of a checker: the conclusion, why, and what to do.</summary>
/// <param name="Conclusion">The conclusion in one sentence.</param>
/// <param name="Reasons">Why, each with its source in law or guidance.</param>
/// <param name="NextSteps">What to do now, most urgent first.</param>
/// <param name="Positive">Whether the answer calls for action (privately fostered; meets the harm test).</param>
public sealed record CheckAnswerViewModel(string Conclusion, IReadOnlyList<string> Reasons, IReadOnlyList<string> NextSteps, bool Positive);

/// <summary>"Is this private fostering?": a form of the facts, and the answer.</summary>
public sealed record PrivateFosteringCheckViewModel
{
    /// <summary>Gets the address the form posts to (with an antiforgery token, so that facts about a child stay out of addresses and logs).</summary>
    public required string FormAction { get; init; }

    /// <summary>Gets the child's age in whole years, as entered.</summary>
    public string Age { get; init; } = string.Empty;

    /// <summary>Gets whether the child is disabled.</summary>
    public bool Disabled { get; init; }

    /// <summary>Gets who cares for the child.</summary>
    public required IReadOnlyList<FormChoice> Carers { get; init; }

    /// <summary>Gets how the carer is related (full or half blood, by marriage or civil partnership).</summary>
    public required IReadOnlyList<FormChoice> Ties { get; init; }

    /// <summary>Gets whether the carer has parental responsibility.</summary>
    public bool CarerHasParentalResponsibility { get; init; }

    /// <summary>Gets where the child lives.</summary>
    public required IReadOnlyList<FormChoice> Settings { get; init; }

    /// <summary>Gets whether someone cares for the child there in a personal capacity (such as a host family in the holidays).</summary>
    public bool PersonalCapacity { get; init; }

    /// <summary>Gets how many days the child has lived there so far, as entered.</summary>
    public string DaysSoFar { get; init; } = string.Empty;

    /// <summary>Gets how many days the arrangement is meant to last in all, as entered (empty: no planned end).</summary>
    public string IntendedDays { get; init; } = string.Empty;

    /// <summary>Gets the problems with what was entered, each naming its field, keyed by field name.</summary>
    public IReadOnlyDictionary<string, string> Errors { get; init; } = new Dictionary<string, string>();

    /// <summary>Gets why a form that was sent was not read (its antiforgery token was missing or not valid), or <c>null</c>.</summary>
    public string? FormError { get; init; }

    /// <summary>Gets the answer, or <c>null</c> before the form is sent or while it has errors.</summary>
    public CheckAnswerViewModel? Answer { get; init; }
}

/// <summary>"Does this meet the LADO harm test?": the allegation's date and the limbs, and the answer.</summary>
public sealed record HarmTestCheckViewModel
{
    /// <summary>Gets the address the form posts to (with an antiforgery token, so that facts about an allegation stay out of addresses and logs).</summary>
    public required string FormAction { get; init; }

    /// <summary>Gets the allegation's date as entered (yyyy-MM-dd).</summary>
    public string AllegationDate { get; init; } = string.Empty;

    /// <summary>Gets the earliest date the check answers for (yyyy-MM-dd): 26 March 2015, Working Together 2015.</summary>
    public string EarliestDate { get; init; } = string.Empty;

    /// <summary>Gets the latest date the check answers for (yyyy-MM-dd): 31 December 9997, the last its working-day calendar can count a referral deadline from.</summary>
    public string LatestDate { get; init; } = string.Empty;

    /// <summary>Gets the four limbs of the harm test as checkboxes.</summary>
    public required IReadOnlyList<FormChoice> Limbs { get; init; }

    /// <summary>Gets the problem with the date entered, or <c>null</c>.</summary>
    public string? DateError { get; init; }

    /// <summary>Gets the problem with the limbs sent (one that is not a limb, or one sent twice), or <c>null</c>.</summary>
    public string? LimbError { get; init; }

    /// <summary>Gets why a form that was sent was not read (its antiforgery token was missing or not valid), or <c>null</c>.</summary>
    public string? FormError { get; init; }

    /// <summary>Gets the answer, or <c>null</c> before the form is sent or while it has an error.</summary>
    public CheckAnswerViewModel? Answer { get; init; }
}

/// <summary>The LADO timeliness gauge: how quickly allegations were resolved against the targets the report states, and whose targets they are.</summary>
public sealed record LadoTimelinessViewModel
{
    /// <summary>Gets the heading, such as "LADO: allegations resolved, 2015-16".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the number of allegations and the monthly rate in words.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets one gauge per expectation.</summary>
    public required IReadOnlyList<TimelinessGaugeViewModel> Gauges { get; init; }

    /// <summary>Gets notes on the figures (published as percentages only; the document's own inconsistencies).</summary>
    public required IReadOnlyList<string> Notes { get; init; }

    /// <summary>Gets the source document.</summary>
    public required string Source { get; init; }

    /// <summary>Gets whose targets the gauges measure against, such as "Working Together 2015's expectation, as the report states it".</summary>
    public string TargetsSetBy { get; init; } = string.Empty;
}

/// <summary>One expectation: the share achieved against the share expected.</summary>
/// <param name="Label">Such as "Resolved within one month".</param>
/// <param name="Actual">The share achieved, in percent.</param>
/// <param name="Expected">The target share, in percent, or <c>null</c> when no target applies (the gauge then has no target mark).</param>
/// <param name="InWords">Such as "25% against a target of 80%: does not meet".</param>
/// <param name="Rating">Red when the expectation is not met, green when it is.</param>
public sealed record TimelinessGaugeViewModel(string Label, decimal Actual, decimal? Expected, string InWords, RagBadgeViewModel Rating);
