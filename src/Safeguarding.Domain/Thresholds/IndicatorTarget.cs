using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// The target an indicator is measured against, and how far from it a value may be and still be
/// Amber. A value on or better than the target is Green; worse, but by no more than the tolerance,
/// Amber; further away, Red.
/// </summary>
/// <param name="Target">The target value, in the indicator's unit.</param>
/// <param name="Tolerance">How far worse than the target a value may be and still be Amber, in the indicator's unit; zero or more.</param>
/// <remarks>The rule is the project's (DESIGN.md, Thresholds: "target and tolerance ⇒ Green/Amber/Red").</remarks>
public sealed record IndicatorTarget(decimal Target, decimal Tolerance)
{
    /// <summary>Rates <paramref name="value"/> against the target.</summary>
    /// <param name="value">A value of the indicator.</param>
    /// <param name="polarity">Which direction is better.</param>
    /// <returns>
    /// <see cref="RagRating.Green"/> on or better than the target; <see cref="RagRating.Amber"/>
    /// worse by no more than the tolerance (exactly at the tolerance is Amber);
    /// <see cref="RagRating.Red"/> beyond it.
    /// </returns>
    /// <exception cref="InvalidOperationException">The tolerance is negative.</exception>
    public RagRating Rate(decimal value, IndicatorPolarity polarity)
    {
        if (Tolerance < 0)
        {
            throw new InvalidOperationException($"Expected a tolerance of zero or more, but found {Tolerance}.");
        }
        var shortfall = polarity == IndicatorPolarity.SmallerIsBetter ? value - Target : Target - value;
        return shortfall <= 0 ? RagRating.Green
            : shortfall <= Tolerance ? RagRating.Amber
            : RagRating.Red;
    }
}
