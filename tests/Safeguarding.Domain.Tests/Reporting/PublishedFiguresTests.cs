using Safeguarding.Domain.Reporting;

namespace Safeguarding.Domain.Tests.Reporting;

public class PublishedFiguresTests
{
    [Theory]
    [InlineData("48.5", "49", true)] // exactly half a unit below
    [InlineData("49.5", "49", true)] // exactly half a unit above
    [InlineData("48.49", "49", false)]
    [InlineData("49.51", "49", false)]
    [InlineData("42.65", "42.6", true)] // one decimal place published
    [InlineData("42.66", "42.6", false)]
    public void Computed_figure_agrees_when_it_rounds_to_the_published_figure(string computed, string published, bool expected)
    {
        var agrees = PublishedFigures.AgreesWithinRounding(
            decimal.Parse(computed, System.Globalization.CultureInfo.InvariantCulture),
            decimal.Parse(published, System.Globalization.CultureInfo.InvariantCulture));

        Assert.Equal(expected, agrees);
    }

    [Fact]
    public void Percentage_of_a_zero_total_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => PublishedFigures.Percentage(1m, 0m));
    }
}
