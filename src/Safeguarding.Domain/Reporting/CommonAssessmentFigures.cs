namespace Safeguarding.Domain.Reporting;

/// <summary>
/// Early help case activity through common assessments (the Common Assessment Framework), as an
/// annual report gives it (003_2b82dd704ae0436e.txt, section 5, priority 3 b).
/// </summary>
/// <param name="Period">The period the figures cover, as the document says it ("2015": a calendar year, not the financial year).</param>
/// <param name="AverageActive">The average number of active common assessments (497).</param>
/// <param name="New">New common assessments (313).</param>
/// <param name="SteppedDown">Of the new ones, those "stepped down" from more intensive intervention (152).</param>
/// <param name="PublishedSteppedDownPercent">The percentage printed beside the step-down count (49).</param>
/// <param name="Closed">Common assessments closed (360).</param>
/// <param name="Source">Where in the document the figures are.</param>
public sealed record CommonAssessmentFigures(
    string Period,
    int AverageActive,
    int New,
    int SteppedDown,
    decimal PublishedSteppedDownPercent,
    int Closed,
    SourceCitation Source)
{
    /// <summary>Gets the stepped-down share of new common assessments, computed from the counts.</summary>
    public decimal SteppedDownPercent => PublishedFigures.Percentage(SteppedDown, New);
}
