namespace Safeguarding.Widgets.ViewModels;

/// <summary>The HTML ids the widgets give their parts, in one place, so a redirect, a link and the element agree.</summary>
internal static class HtmlIds
{
    /// <summary>Gets the id of an action's progress form, which the form's redirect returns to.</summary>
    internal static string ProgressForm(string actionRef) => $"sg-progress-{Slug(actionRef)}";

    /// <summary>Gets the id of an action's progress history, which a review's redirect returns to.</summary>
    internal static string ProgressHistory(string actionRef) => $"sg-history-{Slug(actionRef)}";

    /// <summary>Gets the id of a priority's heading, for the plan's contents list.</summary>
    internal static string Priority(string number) => $"sg-priority-{Slug(number)}";

    /// <summary>Turns a ref or a field's name into id text: lower-case letters and digits, anything else a hyphen.</summary>
    internal static string Slug(string text) =>
        new([.. text.ToLowerInvariant().Select(character => char.IsAsciiLetterOrDigit(character) ? character : '-')]);
}
