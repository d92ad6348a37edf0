namespace Safeguarding.Widgets.ViewModels;

/// <summary>An exception report: actions grouped by the month they are due, with their ratings.</summary>
public sealed record ExceptionReportViewModel
{
    /// <summary>Gets the plan's title.</summary>
    public required string PlanTitle { get; init; }

    /// <summary>Gets the report's title, such as "Exception Report – as at 31 May 2009".</summary>
    public required string Title { get; init; }

    /// <summary>Gets the as-at date as yyyy-MM-dd, for the date picker.</summary>
    public required string AsAtIso { get; init; }

    /// <summary>Gets a value indicating whether only exceptions are listed.</summary>
    public bool ExceptionsOnly { get; init; }

    /// <summary>Gets the groups, earliest month first.</summary>
    public required IReadOnlyList<ExceptionReportGroupViewModel> Groups { get; init; }
}

/// <summary>The actions "to be completed by the end of" one month, as a table captioned with that heading.</summary>
/// <param name="Table">The table.</param>
public sealed record ExceptionReportGroupViewModel(SgActionTableModel Table);
