using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests.Thresholds;

public class IndicatorTargetTests
{
    private static readonly IndicatorTarget TargetOf100WithToleranceOf10 = new(100m, 10m);

    [Theory]
    [InlineData(100, "Green")] // exactly on target
    [InlineData(99, "Green")] // better than target
    [InlineData(100.01, "Amber")] // just worse than target
    [InlineData(110, "Amber")] // exactly at tolerance
    [InlineData(110.01, "Red")] // just past tolerance
    [InlineData(111, "Red")] // one past tolerance
    public void Smaller_is_better_rates_against_target_and_tolerance(double value, string expected)
    {
        var rating = TargetOf100WithToleranceOf10.Rate((decimal)value, IndicatorPolarity.SmallerIsBetter);

        Assert.Equal(Enum.Parse<RagRating>(expected), rating);
    }

    [Theory]
    [InlineData(100, "Green")] // exactly on target
    [InlineData(101, "Green")] // better than target
    [InlineData(99.99, "Amber")] // just worse than target
    [InlineData(90, "Amber")] // exactly at tolerance
    [InlineData(89.99, "Red")] // just past tolerance
    [InlineData(89, "Red")] // one past tolerance
    public void Larger_is_better_rates_against_target_and_tolerance(double value, string expected)
    {
        var rating = TargetOf100WithToleranceOf10.Rate((decimal)value, IndicatorPolarity.LargerIsBetter);

        Assert.Equal(Enum.Parse<RagRating>(expected), rating);
    }

    [Fact]
    public void With_no_tolerance_anything_worse_than_target_is_red()
    {
        var target = new IndicatorTarget(80m, 0m);

        Assert.Equal(RagRating.Green, target.Rate(80m, IndicatorPolarity.LargerIsBetter));
        Assert.Equal(RagRating.Red, target.Rate(79.9m, IndicatorPolarity.LargerIsBetter));
    }

    [Fact]
    public void Indicator_without_a_target_is_not_rated()
    {
        var indicator = new ScorecardIndicator("a", "A", "Agency", "children", [new QuarterlyValue(1, 5m)], IndicatorPolarity.SmallerIsBetter);

        Assert.Equal(RagRating.NotRated, indicator.Rate(5m));
    }

    [Fact]
    public void Indicator_rates_each_quarters_value()
    {
        var indicator = new ScorecardIndicator("a", "A", "Agency", "children",
            [new QuarterlyValue(1, 100m), new QuarterlyValue(2, 105m), new QuarterlyValue(3, 111m)],
            IndicatorPolarity.SmallerIsBetter, TargetOf100WithToleranceOf10);

        Assert.Equal([RagRating.Green, RagRating.Amber, RagRating.Red], indicator.Ratings.Select(rated => rated.Rating));
    }
}
