using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Calendars;

public class FinancialYearTests
{
    [Theory]
    [InlineData(2014, 4, 1, 2014)]
    [InlineData(2015, 3, 31, 2014)]
    [InlineData(2015, 4, 1, 2015)]
    [InlineData(2014, 12, 25, 2014)]
    public void The_year_runs_from_1_April_to_31_March(int year, int month, int day, int expectedStartYear)
    {
        var financialYear = FinancialYear.Containing(new LocalDate(year, month, day));

        Assert.Equal(expectedStartYear, financialYear.StartYear);
        Assert.Equal(new LocalDate(expectedStartYear, 4, 1), financialYear.Start);
        Assert.Equal(new LocalDate(expectedStartYear + 1, 3, 31), financialYear.End);
    }

    [Theory]
    [InlineData(2014, "2014-15")]
    [InlineData(1999, "1999-00")]
    [InlineData(2015, "2015-16")]
    public void The_label_is_the_one_boards_use(int startYear, string label) =>
        Assert.Equal(label, new FinancialYear(startYear).Label);

    [Theory]
    [InlineData("2014-15", 2014)]
    [InlineData("2015/16", 2015)]
    [InlineData("2015/2016", 2015)]
    [InlineData("14-15", 2014)]
    public void Labels_are_read_back(string label, int startYear) =>
        Assert.Equal(new FinancialYear(startYear), FinancialYear.Parse(label));

    [Theory]
    [InlineData("2014-16")]
    [InlineData("2014")]
    [InlineData("next year")]
    public void A_label_that_is_not_a_financial_year_is_rejected_with_what_was_expected(string label)
    {
        var error = Assert.Throws<FormatException>(() => FinancialYear.Parse(label));
        Assert.Contains("2014-15", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("1899-00")]
    [InlineData("0999-00")]
    [InlineData("9999-00")]
    public void A_year_outside_the_calendar_the_package_covers_is_a_format_error_not_a_crash(string label)
    {
        var error = Assert.Throws<FormatException>(() => FinancialYear.Parse(label));
        Assert.Contains("1900-01 to 9998-99", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(4, 1, 1)]
    [InlineData(6, 30, 1)]
    [InlineData(7, 1, 2)]
    [InlineData(9, 30, 2)]
    [InlineData(10, 1, 3)]
    [InlineData(12, 31, 3)]
    [InlineData(1, 1, 4)]
    [InlineData(3, 31, 4)]
    public void Quarters_start_in_April(int month, int day, int quarter)
    {
        var year = new FinancialYear(2014);
        var date = new LocalDate(month >= 4 ? 2014 : 2015, month, day);

        var found = year.QuarterContaining(date);

        Assert.Equal(quarter, found.Number);
        Assert.InRange(date, found.Start, found.End);
    }

    [Fact]
    public void The_four_quarters_cover_the_year_without_gaps()
    {
        var quarters = new FinancialYear(2015).Quarters;

        Assert.Equal(new LocalDate(2015, 4, 1), quarters[0].Start);
        for (var i = 1; i < 4; i++)
        {
            Assert.Equal(quarters[i - 1].End.PlusDays(1), quarters[i].Start);
        }
        Assert.Equal(new LocalDate(2016, 3, 31), quarters[3].End);
        Assert.Equal("Q3 2015-16", quarters[2].ToString());
        Assert.Equal(new FinancialQuarter(new FinancialYear(2016), 1), quarters[3].Next);
    }

    [Fact]
    public void A_date_outside_the_year_has_no_quarter_in_it()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new FinancialYear(2014).QuarterContaining(new LocalDate(2015, 4, 1)));
        Assert.Contains("2014-15", error.Message, StringComparison.Ordinal);
    }
}
