using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// Child sexual exploitation (CSE) risk assessment tools completed in the MASH in one quarter, by
/// risk, age and gender (003_2b82dd704ae0436e.txt, section 5, priority 2).
/// </summary>
/// <param name="Year">The financial year.</param>
/// <param name="Quarter">The quarter's number, 1 to 4.</param>
/// <param name="Completed">Risk assessment tools completed, as published.</param>
/// <param name="LowOrMediumRisk">Assessed as low or medium risk.</param>
/// <param name="HighRisk">Assessed as high risk.</param>
/// <param name="ByAgeAndGender">The age-by-gender table.</param>
/// <param name="Source">Where in the document the figures are.</param>
/// <param name="LivingAtHome">Children living at home; <c>null</c> (the default) when not given.</param>
public sealed record CseRiskAssessmentFigures(
    FinancialYear Year,
    int Quarter,
    int Completed,
    int LowOrMediumRisk,
    int HighRisk,
    IReadOnlyList<AgeGenderCount> ByAgeAndGender,
    SourceCitation Source,
    int? LivingAtHome = null)
{
    /// <summary>Gets the financial quarter, such as Q4 2015-16.</summary>
    public FinancialQuarter FinancialQuarter => new(Year, Quarter);

    /// <summary>Gets the total of the age-by-gender table.</summary>
    public int TotalByAgeAndGender => ByAgeAndGender.Sum(row => row.Total);

    /// <summary>Gets the boys and young men in the table.</summary>
    public int Male => ByAgeAndGender.Sum(row => row.Male);

    /// <summary>Gets the girls and young women in the table.</summary>
    public int Female => ByAgeAndGender.Sum(row => row.Female);

    /// <summary>Gets the assessments given a risk level: low or medium, plus high.</summary>
    public int TotalByRisk => LowOrMediumRisk + HighRisk;
}
