namespace Safeguarding.Widgets.ViewModels;

/// <summary>"Our actions due in the next N days": an agency's open actions due soon, and those already overdue.</summary>
public sealed record ActionsDueViewModel
{
    /// <summary>Gets the agency, or <c>null</c> for every agency.</summary>
    public string? AgencyName { get; init; }

    /// <summary>Gets a sentence the reader must see instead of the list (an agency the plan does not know), or <c>null</c>.</summary>
    public string? Notice { get; init; }

    /// <summary>Gets the heading, such as "Actions due in the next 30 days".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the open actions due from the as-at date to the end of the window, soonest first, as a captioned table.</summary>
    public required SgActionTableModel DueSoon { get; init; }

    /// <summary>Gets the open actions already past their due date, longest overdue first, as a captioned table.</summary>
    public required SgActionTableModel Overdue { get; init; }
}
