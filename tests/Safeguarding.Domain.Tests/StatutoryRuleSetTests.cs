namespace Safeguarding.Domain.Tests;

public class StatutoryRuleSetTests
{
    private static readonly SourceCitation Source = new("A document");

    private static readonly StatutoryRuleSet[] Versions =
    [
        new("First rules", new LocalDate(2020, 9, 1), new LocalDate(2021, 8, 31), Source),
        new("Second rules", new LocalDate(2021, 9, 1), null, Source),
    ];

    [Theory]
    [InlineData(2020, 9, 1, "First rules")]
    [InlineData(2021, 8, 31, "First rules")]
    [InlineData(2021, 9, 1, "Second rules")]
    [InlineData(9998, 12, 31, "Second rules")]
    public void The_version_in_force_on_the_date_answers(int year, int month, int day, string expected)
    {
        Assert.Equal(expected, StatutoryRuleSet.InForceOn(Versions, new LocalDate(year, month, day), "date").Name);
    }

    [Fact]
    public void A_date_before_the_first_version_is_refused_naming_the_first_date_answered()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => StatutoryRuleSet.InForceOn(Versions, new LocalDate(2020, 8, 31), "allegationDate"));

        Assert.Equal("allegationDate", error.ParamName);
        Assert.Contains("Expected a date from 1 September 2020", error.Message, StringComparison.Ordinal);
        Assert.Contains("but found 31 August 2020", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_version_cannot_end_before_it_starts()
    {
        Assert.Throws<ArgumentException>(() => new StatutoryRuleSet("Backwards", new LocalDate(2021, 9, 1), new LocalDate(2021, 8, 31), Source));
    }

    [Fact]
    public void Text_gives_the_name_and_dates()
    {
        Assert.Equal("First rules, from 1 September 2020 to 31 August 2021", Versions[0].ToString());
        Assert.Equal("Second rules, from 1 September 2021", Versions[1].ToString());
    }
}
