using Safeguarding.Domain;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Progress;

/// <summary>The progress form for one action, or the sentence saying why this person cannot record on it.</summary>
public sealed record ProgressFormViewModel
{
    /// <summary>Gets the plan's key.</summary>
    public required string PlanKey { get; init; }

    /// <summary>Gets the action's ref.</summary>
    public required string ActionRef { get; init; }

    /// <summary>Gets the action's summary, for the heading.</summary>
    public required string ActionSummary { get; init; }

    /// <summary>Gets the lead agency, or <c>null</c>.</summary>
    public string? LeadAgency { get; init; }

    /// <summary>Gets the heading level (2 by default).</summary>
    public int HeadingLevel { get; init; } = 2;

    /// <summary>Gets why the person cannot record on this action, or <c>null</c> when they can (the form is shown).</summary>
    public string? Refusal { get; init; }

    /// <summary>Gets a value indicating whether the refusal is because nobody is signed in.</summary>
    public bool NeedsSignIn { get; init; }

    /// <summary>Gets where the form posts.</summary>
    public required string FormAction { get; init; }

    /// <summary>Gets where to come back to after posting (this page).</summary>
    public required string ReturnUrl { get; init; }

    /// <summary>Gets the key that makes a double submit store one update.</summary>
    public required string IdempotencyKey { get; init; }

    /// <summary>Gets the history version the form is opened at.</summary>
    public required int ExpectedVersion { get; init; }

    /// <summary>Gets what the person typed (kept after an error or a conflict), or a fresh form.</summary>
    public required ProgressFormState Values { get; init; }

    /// <summary>Gets the errors, keyed by field name.</summary>
    public IReadOnlyList<FieldError> Errors => Values.Errors;

    /// <summary>Gets the rating questions: one per dimension of the plan's scheme.</summary>
    public required IReadOnlyList<RatingQuestion> RatingQuestions { get; init; }

    /// <summary>Gets the action's milestones when it has several, to tick as met; otherwise empty.</summary>
    public required IReadOnlyList<Choice> Milestones { get; init; }

    /// <summary>Gets the updates a correction may correct (those that stand), newest first.</summary>
    public required IReadOnlyList<Choice> Correctable { get; init; }

    /// <summary>Gets, after a conflict, what the other person recorded.</summary>
    public IReadOnlyList<ProgressEntryViewModel> ConflictingUpdates { get; init; } = [];

    /// <summary>Gets the sentence saying what happened last time, or <c>null</c>.</summary>
    public string? Message => Values.Message;

    /// <summary>Gets the latest as-at date allowed (today), yyyy-MM-dd.</summary>
    public required string Today { get; init; }

    /// <summary>Gets the HTML id of the widget, which the form's redirect returns to.</summary>
    public string Anchor => HtmlIds.ProgressForm(ActionRef);

    /// <summary>Gets the HTML id of a field, for labels and the error summary's links.</summary>
    /// <param name="field">The field's name, such as "Statement" or "Ratings[completion]".</param>
    /// <returns>Such as "sg-progress-4-3-1-statement".</returns>
    public string FieldId(string field) =>
        $"{Anchor}-{HtmlIds.Slug(field)}";

    /// <summary>Gets the error for a field, or <c>null</c>.</summary>
    /// <param name="field">The field's name.</param>
    /// <returns>The message.</returns>
    public string? ErrorFor(string field) => string.Join(". ", Errors.Where(error => error.Field == field).Select(error => error.Message)) is { Length: > 0 } message ? message : null;

}

/// <summary>A rating question of the progress form: one dimension of the scheme and its levels.</summary>
/// <param name="DimensionId">The dimension's id.</param>
/// <param name="Name">The dimension's name, such as "Completion to timescale".</param>
/// <param name="Field">The field's name, such as "Ratings[completion]".</param>
/// <param name="Levels">The levels to choose from, with their symbol, label and descriptor in words.</param>
public sealed record RatingQuestion(string DimensionId, string Name, string Field, IReadOnlyList<Choice> Levels);

/// <summary>One choice in a form: its value, its words and whether it is chosen.</summary>
/// <param name="Value">The value sent.</param>
/// <param name="Text">The words shown.</param>
/// <param name="Selected">Whether it is chosen.</param>
/// <param name="Hint">More words under it, or <c>null</c>.</param>
public sealed record Choice(string Value, string Text, bool Selected, string? Hint = null);
