namespace Safeguarding.Domain.Import;

/// <summary>
/// The numbers a data file may hold where the model computes with them (sums, changes,
/// percentages): from -1,000,000,000,000 to 1,000,000,000,000 with at most 4 decimal places, so
/// that nothing computed from them can overflow.
/// </summary>
internal static class DataFileNumbers
{
    internal const decimal Limit = 1_000_000_000_000m;

    internal const int MaxDecimalPlaces = 4;

    internal const string Describe = "a number from -1,000,000,000,000 to 1,000,000,000,000 with at most 4 decimal places";

    internal static bool IsInRange(decimal value) =>
        Math.Abs(value) <= Limit && decimal.Round(value, MaxDecimalPlaces) == value;
}
