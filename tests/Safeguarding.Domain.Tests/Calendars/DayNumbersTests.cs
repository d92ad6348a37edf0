using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Calendars;

/// <summary>The RAG rules compare day numbers; they must number days exactly as the calendar does.</summary>
public class DayNumbersTests
{
    [Theory]
    [InlineData(1, 1, 1)]
    [InlineData(1900, 2, 28)]
    [InlineData(1900, 3, 1)]
    [InlineData(2000, 2, 29)]
    [InlineData(2000, 3, 1)]
    [InlineData(2014, 11, 30)]
    [InlineData(2016, 12, 31)]
    [InlineData(9999, 12, 31)]
    public void A_date_is_numbered_as_DateOnly_numbers_it(int year, int month, int day)
    {
        var date = new LocalDate(year, month, day);

        Assert.Equal(date.ToDateOnly().DayNumber, DayNumbers.Of(date));
    }

    [Fact]
    public void The_difference_of_two_numbers_is_the_days_between_the_dates_over_four_centuries_and_before_year_one()
    {
        var first = new LocalDate(-401, 12, 25);
        var previous = DayNumbers.Of(first);
        for (var date = first.PlusDays(1); date <= new LocalDate(2100, 3, 1); date = date.PlusDays(1))
        {
            var number = DayNumbers.Of(date);
            Assert.True(number == previous + 1, $"Expected {date} to be numbered one more than the day before, but it is {number - previous} more.");
            previous = number;
        }
        Assert.Equal(Period.DaysBetween(first, new LocalDate(2100, 3, 1)), previous - DayNumbers.Of(first));
    }

    [Fact]
    public void A_date_in_another_calendar_is_numbered_as_the_same_day()
    {
        var julian = new LocalDate(2014, 11, 17, CalendarSystem.Julian);

        Assert.Equal(DayNumbers.Of(julian.WithCalendar(CalendarSystem.Iso)), DayNumbers.Of(julian));
    }
}
