using System.Globalization;

namespace Safeguarding.Domain.Allegations;

/// <summary>One timeliness expectation for a year's allegations, with the count, the share and the rating.</summary>
/// <param name="Expectation">The expectation in words, such as "80% resolved within one month".</param>
/// <param name="Count">How many of the year's cases met the timescale.</param>
/// <param name="Total">How many cases were referred in the year.</param>
/// <param name="ExpectedShare">The share expected, from 0 to 1, such as 0.8; for the twelve-month expectation, the share of cases that are within twelve months or recorded as exceptional.</param>
/// <param name="Rating">Whether the expectation was met.</param>
public sealed record TimelinessMeasure(string Expectation, int Count, int Total, decimal ExpectedShare, TimelinessRating Rating)
{
    /// <summary>Gets the share of the year's cases that met the timescale, from 0 to 1; 0 when there were no cases.</summary>
    public decimal Share => Total == 0 ? 0m : (decimal)Count / Total;

    /// <summary>Gets the share as a whole percentage, rounded half away from zero.</summary>
    public int Percentage => (int)Math.Round(Share * 100m, MidpointRounding.AwayFromZero);

    /// <summary>Returns the expectation, the figures and the rating.</summary>
    /// <returns>Such as "80% resolved within one month: 29 of 117 (25%), does not meet".</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Expectation}: {Count} of {Total} ({Percentage}%), {(Rating == TimelinessRating.Meets ? "meets" : "does not meet")}");
}
