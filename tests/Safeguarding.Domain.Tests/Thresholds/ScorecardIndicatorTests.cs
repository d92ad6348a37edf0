using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests.Thresholds;

public class ScorecardIndicatorTests
{
    private static ScorecardIndicator Indicator(IndicatorPolarity? polarity, params decimal[] values) =>
        new("a", "A", "Agency", "children", [.. values.Select((value, index) => new QuarterlyValue(index + 1, value))], polarity);

    [Fact]
    public void Change_from_first_to_last_quarter_is_absolute_and_percentage()
    {
        var change = Indicator(IndicatorPolarity.SmallerIsBetter, 200m, 180m, 170m, 150m).ChangeFromFirstToLastQuarter!;

        Assert.Equal((1, 4), (change.FromQuarter, change.ToQuarter));
        Assert.Equal(-50m, change.Absolute);
        Assert.Equal(-25m, change.Percentage);
    }

    [Fact]
    public void Change_from_previous_quarter_compares_the_last_two_values()
    {
        var change = Indicator(null, 200m, 180m, 160m, 200m).ChangeFromPreviousQuarter!;

        Assert.Equal((3, 4), (change.FromQuarter, change.ToQuarter));
        Assert.Equal(25m, change.Percentage);
    }

    [Fact]
    public void Percentage_change_from_zero_is_not_given()
    {
        var change = Indicator(null, 0m, 5m).ChangeFromFirstToLastQuarter!;

        Assert.Equal(5m, change.Absolute);
        Assert.Null(change.Percentage);
    }

    [Fact]
    public void A_single_value_has_no_change_and_no_trend()
    {
        var indicator = Indicator(IndicatorPolarity.SmallerIsBetter, 10m);

        Assert.Null(indicator.ChangeFromFirstToLastQuarter);
        Assert.Equal(IndicatorTrend.NotJudged, indicator.Trend);
    }

    [Theory]
    [InlineData(IndicatorPolarity.SmallerIsBetter, 10, 8, IndicatorTrend.Improving)]
    [InlineData(IndicatorPolarity.SmallerIsBetter, 10, 12, IndicatorTrend.Worsening)]
    [InlineData(IndicatorPolarity.LargerIsBetter, 10, 12, IndicatorTrend.Improving)]
    [InlineData(IndicatorPolarity.LargerIsBetter, 10, 8, IndicatorTrend.Worsening)]
    [InlineData(IndicatorPolarity.SmallerIsBetter, 10, 10, IndicatorTrend.NoChange)]
    [InlineData(IndicatorPolarity.LargerIsBetter, 10, 10, IndicatorTrend.NoChange)]
    public void Trend_respects_polarity(IndicatorPolarity polarity, int first, int last, IndicatorTrend expected)
    {
        Assert.Equal(expected, Indicator(polarity, first, 99m, last).Trend);
    }

    [Fact]
    public void Trend_is_not_judged_when_polarity_is_not_stated()
    {
        Assert.Equal(IndicatorTrend.NotJudged, Indicator(null, 10m, 5m).Trend);
    }
}
