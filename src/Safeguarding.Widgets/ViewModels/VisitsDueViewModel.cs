namespace Safeguarding.Widgets.ViewModels;

/// <summary>The private fostering officer's visits due: overdue and due visits, and late notifications.</summary>
public sealed record VisitsDueViewModel
{
    /// <summary>Gets the heading.</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the line under the heading: the date and how far ahead the list looks.</summary>
    public required string Summary { get; init; }

    /// <summary>Gets the visits, overdue first.</summary>
    public required IReadOnlyList<VisitDueRowViewModel> Visits { get; init; }

    /// <summary>Gets the notifications late within the year, or overdue.</summary>
    public required IReadOnlyList<LateNotificationRowViewModel> LateNotifications { get; init; }

    /// <summary>Gets how many working days ahead the list looks.</summary>
    public required int WithinWorkingDays { get; init; }

    /// <summary>Gets the heading level.</summary>
    public int HeadingLevel { get; init; } = 2;
}

/// <summary>One visit due, in words, with a badge that says its state in words and shape as well as colour.</summary>
/// <param name="Reference">The child's pseudonymous reference.</param>
/// <param name="DueBy">The due date, such as "15 April 2026".</param>
/// <param name="Visit">"First visit" or "Visit".</param>
/// <param name="Rule">The rule with its regulation.</param>
/// <param name="State">The state: overdue (red), due (amber).</param>
public sealed record VisitDueRowViewModel(string Reference, string DueBy, string Visit, string Rule, RagBadgeViewModel State);

/// <summary>One late notification, in words.</summary>
/// <param name="Reference">The child's pseudonymous reference.</param>
/// <param name="Notification">Which notification, such as "Arrangement already running".</param>
/// <param name="DueBy">When it was due.</param>
/// <param name="Made">When it was made, such as "10 April 2026, 9 days late", or "Not yet made: 2 days overdue".</param>
/// <param name="Rule">The rule it broke, with its regulation.</param>
public sealed record LateNotificationRowViewModel(string Reference, string Notification, string DueBy, string Made, string Rule);
