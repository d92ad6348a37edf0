namespace Safeguarding.Widgets.ViewModels;

/// <summary>A plan (or one agency's part of it) as tables, priority by priority.</summary>
public sealed record ActionPlanViewModel
{
    /// <summary>Gets the plan's title.</summary>
    public required string PlanTitle { get; init; }

    /// <summary>Gets the board's name.</summary>
    public required string BoardName { get; init; }

    /// <summary>Gets the as-at date in words.</summary>
    public required string AsAt { get; init; }

    /// <summary>Gets the lead agency shown, or <c>null</c> for the whole plan.</summary>
    public string? AgencyName { get; init; }

    /// <summary>Gets a sentence the reader must see instead of the list (an agency the plan does not know), or <c>null</c>.</summary>
    public string? Notice { get; init; }

    /// <summary>Gets the priorities that have actions to show.</summary>
    public required IReadOnlyList<PriorityViewModel> Priorities { get; init; }

    /// <summary>Gets the number of actions shown.</summary>
    public int ActionCount { get; init; }
}

/// <summary>A priority with its rating and its actions, through action areas or directly.</summary>
public sealed record PriorityViewModel
{
    /// <summary>Gets the HTML id of the priority's heading, for the plan's contents list.</summary>
    public string Id { get; init; } = string.Empty;

    /// <summary>Gets the heading, such as "Development area 3: Tackling evidenced safeguarding issues in Herefordshire.".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the priority's rolled-up rating.</summary>
    public required RagBadgeViewModel Rating { get; init; }

    /// <summary>Gets the action areas that have actions to show.</summary>
    public IReadOnlyList<ActionAreaViewModel> ActionAreas { get; init; } = [];

    /// <summary>Gets the actions directly under the priority, as a captioned table.</summary>
    public SgActionTableModel? Actions { get; init; }
}

/// <summary>An action area with its rating, who oversees it and its actions.</summary>
public sealed record ActionAreaViewModel
{
    /// <summary>Gets the heading, such as "Action area 3.4: Private Fostering".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the driver, or <c>null</c>.</summary>
    public string? Driver { get; init; }

    /// <summary>Gets the sub-group that monitors it, or <c>null</c>.</summary>
    public string? MonitoredBy { get; init; }

    /// <summary>Gets who has strategic oversight, or <c>null</c>.</summary>
    public string? StrategicOversight { get; init; }

    /// <summary>Gets the rolled-up rating.</summary>
    public required RagBadgeViewModel Rating { get; init; }

    /// <summary>Gets the actions, as a captioned table.</summary>
    public required SgActionTableModel Actions { get; init; }
}
