namespace Safeguarding.Domain.Reporting;

/// <summary>The actions "to be completed by the end of" one month.</summary>
/// <param name="Month">The month the actions are due in.</param>
/// <param name="Lines">The actions, in plan order.</param>
public sealed record ExceptionReportGroup(YearMonth Month, IReadOnlyList<ExceptionReportLine> Lines)
{
    /// <summary>Gets the heading, such as "Actions to be completed by the end of February 2009".</summary>
    public string Heading => $"Actions to be completed by the end of {DisplayDates.Format(Month)}";
}
