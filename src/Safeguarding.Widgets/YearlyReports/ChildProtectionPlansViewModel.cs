namespace Safeguarding.Widgets.YearlyReports;

/// <summary>Children subject to a child protection plan at the end of each quarter: a chart of the totals, described in words, and the table by category with each share computed from the counts.</summary>
public sealed record ChildProtectionPlansViewModel
{
    /// <summary>Gets the heading, such as "Child protection plans 2015-16".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the board and the source document.</summary>
    public required string Meta { get; init; }

    /// <summary>Gets the chart of the totals per quarter, described in words.</summary>
    public required BarChartViewModel Chart { get; init; }

    /// <summary>Gets the categories, as column headings.</summary>
    public required IReadOnlyList<string> Categories { get; init; }

    /// <summary>Gets one row per quarter.</summary>
    public required IReadOnlyList<ChildProtectionPlanRowViewModel> Quarters { get; init; }
}

/// <summary>One quarter's children on a plan by category.</summary>
/// <param name="Quarter">The quarter, such as "Q4".</param>
/// <param name="Cells">One per category: the count and its share, such as "71 (31%)", or "Not given".</param>
/// <param name="Total">The children on a plan.</param>
public sealed record ChildProtectionPlanRowViewModel(string Quarter, IReadOnlyList<string> Cells, string Total);
