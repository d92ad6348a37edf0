using System.Globalization;

namespace Safeguarding.Domain.PrivateFostering;

/// <summary>How many of the visits that fell due were made on time. Part of <see cref="PrivateFosteringAnnualFigures"/>.</summary>
/// <param name="OnTime">Visits made on or before their due date.</param>
/// <param name="Due">Visits that fell due and were made, or are overdue; a visit not yet due is not counted.</param>
public sealed record VisitsOnTime(int OnTime, int Due)
{
    /// <summary>Gets the share made on time, from 0 to 1, or <c>null</c> when none fell due.</summary>
    public decimal? Share => Due == 0 ? null : (decimal)OnTime / Due;

    /// <summary>Gets the share as a whole percentage, rounded half away from zero, or <c>null</c> when none fell due.</summary>
    public int? Percentage => Share is { } share ? (int)Math.Round(share * 100m, MidpointRounding.AwayFromZero) : null;

    /// <summary>Returns the counts and the share.</summary>
    /// <returns>Such as "12 of 14 on time (86%)", or "none due".</returns>
    public override string ToString() =>
        Due == 0 ? "none due" : string.Create(CultureInfo.InvariantCulture, $"{OnTime} of {Due} on time ({Percentage}%)");
}
