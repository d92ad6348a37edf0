namespace Safeguarding.Domain.Reporting;

/// <summary>Which actions an exception report lists.</summary>
public enum ExceptionReportMode
{
    /// <summary>Every action due by the end of the report's month.</summary>
    AllDue = 0,

    /// <summary>Only exceptions: red, amber, overdue, not rated, stale or contradicted.</summary>
    ExceptionsOnly = 1,
}
