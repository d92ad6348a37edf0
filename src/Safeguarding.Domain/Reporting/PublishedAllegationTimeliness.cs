namespace Safeguarding.Domain.Reporting;

/// <summary>
/// How quickly allegations against people who work with children were resolved in the year, as
/// percentages of cases, beside the Working Together 2015 expectation (80% within one month, 90%
/// within three months).
/// </summary>
/// <param name="ResolvedWithinOneMonthPercent">Cases resolved within one month of referral.</param>
/// <param name="ResolvedWithinOneToThreeMonthsPercent">Cases resolved after one month but within three (see remarks).</param>
/// <param name="OpenLongerThanThreeMonthsPercent">Cases open for longer than three months.</param>
/// <param name="ExpectedWithinOneMonthPercent">The expectation for one month (Working Together 2015: 80).</param>
/// <param name="ExpectedWithinThreeMonthsPercent">The expectation for three months (Working Together 2015: 90).</param>
/// <param name="PublishedAsPercentagesOnly"><c>true</c> when the document gives no counts behind the percentages.</param>
/// <param name="TargetSetBy">
/// Whose targets the expectations are, as the document states it, such as "Working Together 2015, as
/// the report states"; <c>null</c> (the default) when the document does not say. Current guidance
/// sets no percentages, so a report says whose target it measures against.
/// </param>
/// <remarks>
/// 003_2b82dd704ae0436e.txt, section 6d, prints "25% … within one month, 33% … within three months
/// and 42% … open for longer than three months". The three add up to 100, so the 33% are the cases
/// resolved after the first month; <see cref="ResolvedWithinThreeMonthsPercent"/> is the cumulative
/// share to compare with the 90% expectation.
/// </remarks>
public sealed record PublishedAllegationTimeliness(
    decimal ResolvedWithinOneMonthPercent,
    decimal ResolvedWithinOneToThreeMonthsPercent,
    decimal OpenLongerThanThreeMonthsPercent,
    decimal ExpectedWithinOneMonthPercent,
    decimal ExpectedWithinThreeMonthsPercent,
    bool PublishedAsPercentagesOnly,
    string? TargetSetBy = null)
{
    /// <summary>Gets the share resolved within three months, cumulative (58 for 2015-16).</summary>
    public decimal ResolvedWithinThreeMonthsPercent => ResolvedWithinOneMonthPercent + ResolvedWithinOneToThreeMonthsPercent;

    /// <summary>Gets the sum of the three published bands, which should be 100.</summary>
    public decimal TotalPercent => ResolvedWithinOneMonthPercent + ResolvedWithinOneToThreeMonthsPercent + OpenLongerThanThreeMonthsPercent;

    /// <summary>Gets whether the one-month expectation was met.</summary>
    public bool MetOneMonthExpectation => ResolvedWithinOneMonthPercent >= ExpectedWithinOneMonthPercent;

    /// <summary>Gets whether the three-month expectation was met.</summary>
    public bool MetThreeMonthExpectation => ResolvedWithinThreeMonthsPercent >= ExpectedWithinThreeMonthsPercent;
}
