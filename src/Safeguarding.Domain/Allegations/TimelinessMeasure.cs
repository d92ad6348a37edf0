using System.Globalization;

namespace Safeguarding.Domain.Allegations;

/// <summary>One timeliness measure for a year's allegations, with the count, the share, whose target it is measured against, and the rating.</summary>
/// <param name="Measure">What is measured, such as "Resolved within one month".</param>
/// <param name="Count">How many of the measured cases met the timescale.</param>
/// <param name="Total">
/// How many of the year's cases are measured: every case except those still open inside the
/// timescale as at the date of the figures, which cannot yet have missed it.
/// </param>
/// <param name="NotYetDue">How many of the year's cases are left out because they are still open inside the timescale.</param>
/// <param name="ExpectedShare">The share the target expects, from 0 to 1, such as 0.8; for "all but the most exceptional", 1; <c>null</c> when no target applies.</param>
/// <param name="Target">Whose target it is, in words, such as "80%, Herefordshire Safeguarding Children Board's local target (…)"; <c>null</c> when no target applies.</param>
/// <param name="Rating">Whether the target was met, or that there is none.</param>
public sealed record TimelinessMeasure(string Measure, int Count, int Total, int NotYetDue, decimal? ExpectedShare, string? Target, TimelinessRating Rating)
{
    /// <summary>Gets the share of the measured cases that met the timescale, from 0 to 1; 0 when none are measured.</summary>
    public decimal Share => Total == 0 ? 0m : (decimal)Count / Total;

    /// <summary>Gets the share as a whole percentage, rounded half away from zero.</summary>
    public int Percentage => (int)Math.Round(Share * 100m, MidpointRounding.AwayFromZero);

    /// <summary>Returns the measure, the figures, whose target and the rating.</summary>
    /// <returns>Such as "Resolved within one month: 29 of 117 (25%); target 80%, Herefordshire Safeguarding Children Board's local target (…): does not meet".</returns>
    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Measure}: {Count} of {Total} ({Percentage}%)")
        + (NotYetDue > 0 ? string.Create(CultureInfo.InvariantCulture, $", {NotYetDue} open and not yet due left out") : string.Empty)
        + (Target is null ? "; no target set" : $"; target {Target}: {(Rating == TimelinessRating.Meets ? "meets" : "does not meet")}");
}
