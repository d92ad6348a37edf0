namespace Safeguarding.Domain.Reporting;

/// <summary>
/// Compares a figure the code computes with the figure a document published, allowing for the
/// document's rounding: a published "49%" agrees with anything from 48.5 to 49.5, a published
/// "42.6%" with 42.55 to 42.65.
/// </summary>
public static class PublishedFigures
{
    /// <summary>Tells whether <paramref name="computed"/> rounds to <paramref name="published"/>.</summary>
    /// <param name="computed">The figure computed from the document's counts.</param>
    /// <param name="published">
    /// The figure as published, with as many decimal places as the document printed (a JSON
    /// <c>49</c> has none, <c>42.6</c> has one; <see cref="decimal"/> keeps them).
    /// </param>
    /// <returns><c>true</c> when the two differ by no more than half a unit of the published figure's last decimal place.</returns>
    public static bool AgreesWithinRounding(decimal computed, decimal published)
    {
        var halfUnit = 0.5m / Pow10(published.Scale);
        return Math.Abs(computed - published) <= halfUnit;
    }

    /// <summary>Computes <paramref name="count"/> as a percentage of <paramref name="total"/>.</summary>
    /// <param name="count">The part.</param>
    /// <param name="total">The whole; must be positive.</param>
    /// <returns>The percentage, unrounded.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="total"/> is not positive.</exception>
    public static decimal Percentage(decimal count, decimal total)
    {
        if (total <= 0)
        {
            throw new ArgumentOutOfRangeException(nameof(total), total, "Expected a positive total to take a percentage of.");
        }
        return count * 100m / total;
    }

    private static decimal Pow10(int places)
    {
        var result = 1m;
        for (var i = 0; i < places; i++)
        {
            result *= 10m;
        }
        return result;
    }
}
