namespace Safeguarding.Domain.Thresholds;

/// <summary>The change in an indicator from one quarter to a later one.</summary>
/// <param name="FromQuarter">The earlier quarter's number.</param>
/// <param name="ToQuarter">The later quarter's number.</param>
/// <param name="From">The value in the earlier quarter.</param>
/// <param name="To">The value in the later quarter.</param>
public sealed record IndicatorChange(int FromQuarter, int ToQuarter, decimal From, decimal To)
{
    /// <summary>Gets the absolute change, <see cref="To"/> minus <see cref="From"/>, in the indicator's unit.</summary>
    public decimal Absolute => To - From;

    /// <summary>Gets the change as a percentage of <see cref="From"/>, unrounded; <c>null</c> when <see cref="From"/> is zero.</summary>
    public decimal? Percentage => From == 0 ? null : (To - From) * 100m / From;
}
