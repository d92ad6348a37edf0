using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Calendars;

public class EnglandAndWalesBankHolidaysTests
{
    // Expected dates as published for England and Wales: GOV.UK for recent years, the proclaimed
    // changes for 1995 (VE Day) and 2002 (Golden Jubilee).
    public static TheoryData<int, string[]> KnownYears => new()
    {
        { 1995, ["1995-01-02", "1995-04-14", "1995-04-17", "1995-05-08", "1995-05-29", "1995-08-28", "1995-12-25", "1995-12-26"] },
        { 2002, ["2002-01-01", "2002-03-29", "2002-04-01", "2002-05-06", "2002-06-03", "2002-06-04", "2002-08-26", "2002-12-25", "2002-12-26"] },
        { 2012, ["2012-01-02", "2012-04-06", "2012-04-09", "2012-05-07", "2012-06-04", "2012-06-05", "2012-08-27", "2012-12-25", "2012-12-26"] },
        { 2020, ["2020-01-01", "2020-04-10", "2020-04-13", "2020-05-08", "2020-05-25", "2020-08-31", "2020-12-25", "2020-12-28"] },
        { 2021, ["2021-01-01", "2021-04-02", "2021-04-05", "2021-05-03", "2021-05-31", "2021-08-30", "2021-12-27", "2021-12-28"] },
        { 2022, ["2022-01-03", "2022-04-15", "2022-04-18", "2022-05-02", "2022-06-02", "2022-06-03", "2022-08-29", "2022-09-19", "2022-12-26", "2022-12-27"] },
        { 2023, ["2023-01-02", "2023-04-07", "2023-04-10", "2023-05-01", "2023-05-08", "2023-05-29", "2023-08-28", "2023-12-25", "2023-12-26"] },
        { 2026, ["2026-01-01", "2026-04-03", "2026-04-06", "2026-05-04", "2026-05-25", "2026-08-31", "2026-12-25", "2026-12-28"] },
    };

    [Theory]
    [MemberData(nameof(KnownYears))]
    public void Holidays_of_a_known_year_match_the_published_list(int year, string[] expected)
    {
        var actual = EnglandAndWalesBankHolidays.For(year).Select(holiday => holiday.Date.ToString("uuuu-MM-dd", null));

        Assert.Equal(expected, actual);
    }

    [Theory]
    [InlineData(2011, 4, 24)]
    [InlineData(2019, 4, 21)]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    [InlineData(2038, 4, 25)]
    public void Easter_Sunday_is_computed_for_any_year(int year, int month, int day)
    {
        Assert.Equal(new LocalDate(year, month, day), EnglandAndWalesBankHolidays.EasterSunday(year));
    }

    [Fact]
    public void Christmas_on_a_Saturday_moves_both_holidays_to_Monday_and_Tuesday()
    {
        var holidays = EnglandAndWalesBankHolidays.For(2021).Where(holiday => holiday.Date.Month == 12).ToList();

        Assert.Equal([new LocalDate(2021, 12, 27), new LocalDate(2021, 12, 28)], holidays.Select(holiday => holiday.Date));
        Assert.All(holidays, holiday => Assert.Contains("substitute day", holiday.Name, StringComparison.Ordinal));
    }

    [Fact]
    public void Christmas_on_a_Sunday_keeps_Boxing_Day_and_substitutes_the_Tuesday()
    {
        var holidays = EnglandAndWalesBankHolidays.For(2022).Where(holiday => holiday.Date.Month == 12).ToList();

        Assert.Equal("Boxing Day", holidays[0].Name);
        Assert.Equal(new LocalDate(2022, 12, 27), holidays[1].Date);
        Assert.Equal("Christmas Day (substitute day)", holidays[1].Name);
    }

    [Fact]
    public void Royal_wedding_of_2011_is_a_one_off_holiday()
    {
        Assert.True(EnglandAndWalesBankHolidays.IsBankHoliday(new LocalDate(2011, 4, 29)));
    }

    [Fact]
    public void Early_May_holiday_is_not_on_the_first_Monday_in_a_VE_Day_year()
    {
        Assert.False(EnglandAndWalesBankHolidays.IsBankHoliday(new LocalDate(2020, 5, 4)));
    }

    [Fact]
    public void Year_before_the_early_May_holiday_began_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => EnglandAndWalesBankHolidays.For(1977));
    }
}
