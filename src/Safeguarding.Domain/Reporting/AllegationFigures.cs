namespace Safeguarding.Domain.Reporting;

/// <summary>
/// The year's allegations against people who work with children, managed by the Local Authority
/// Designated Officer (LADO), as an annual report gives them (003_2b82dd704ae0436e.txt, section 6d).
/// </summary>
/// <param name="Allegations">Allegations managed in the year (117 in 2015-16).</param>
/// <param name="PublishedMeanOverYears">The published mean over several years (139).</param>
/// <param name="MeanOverYearsCount">How many years that mean covers (7).</param>
/// <param name="PublishedMonthlyAverage">The published number of referrals a month (9.5).</param>
/// <param name="Timeliness">How quickly cases were resolved.</param>
/// <param name="Source">Where in the document the figures are.</param>
/// <param name="PreviousYearAllegations">Allegations in the year before (175 in 2014-15); <c>null</c> (the default) when not given.</param>
public sealed record AllegationFigures(
    int Allegations,
    decimal PublishedMeanOverYears,
    int MeanOverYearsCount,
    decimal PublishedMonthlyAverage,
    PublishedAllegationTimeliness Timeliness,
    SourceCitation Source,
    int? PreviousYearAllegations = null)
{
    /// <summary>Gets the allegations a month, computed from the year's count (117 ÷ 12 = 9.75).</summary>
    public decimal MonthlyAverage => Allegations / 12m;

    /// <summary>Gets the change from the previous year as a percentage; <c>null</c> when the previous year is not given or was zero.</summary>
    public decimal? ChangeFromPreviousYearPercent =>
        PreviousYearAllegations is { } previous and > 0 ? (Allegations - previous) * 100m / previous : null;
}
