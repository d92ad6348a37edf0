using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Calendars;

public class WorkingDayCalendarTests
{
    private static readonly WorkingDayCalendar Calendar = WorkingDayCalendar.EnglandAndWales;

    [Fact]
    public void Weekday_that_is_not_a_holiday_is_a_working_day()
    {
        Assert.True(Calendar.IsWorkingDay(new LocalDate(2026, 11, 23)));
    }

    [Fact]
    public void Saturday_is_not_a_working_day()
    {
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2026, 11, 21)));
    }

    [Fact]
    public void Substitute_Boxing_Day_is_not_a_working_day()
    {
        Assert.False(Calendar.IsWorkingDay(new LocalDate(2026, 12, 28)));
    }

    [Fact]
    public void Day_after_the_event_is_working_day_one()
    {
        Assert.Equal(new LocalDate(2026, 11, 24), Calendar.AddWorkingDays(new LocalDate(2026, 11, 23), 1));
    }

    [Fact]
    public void One_working_day_after_a_Friday_is_the_Monday()
    {
        Assert.Equal(new LocalDate(2026, 11, 23), Calendar.AddWorkingDays(new LocalDate(2026, 11, 20), 1));
    }

    [Fact]
    public void Seven_working_days_across_Easter_skip_Good_Friday_and_Easter_Monday()
    {
        Assert.Equal(new LocalDate(2026, 4, 15), Calendar.AddWorkingDays(new LocalDate(2026, 4, 2), 7));
    }

    [Fact]
    public void Seven_working_days_across_Christmas_skip_the_substitute_day_and_New_Year()
    {
        Assert.Equal(new LocalDate(2027, 1, 6), Calendar.AddWorkingDays(new LocalDate(2026, 12, 23), 7));
    }

    [Fact]
    public void Zero_working_days_is_the_same_date()
    {
        Assert.Equal(new LocalDate(2026, 12, 25), Calendar.AddWorkingDays(new LocalDate(2026, 12, 25), 0));
    }

    [Fact]
    public void Negative_working_days_count_back()
    {
        Assert.Equal(new LocalDate(2026, 11, 20), Calendar.AddWorkingDays(new LocalDate(2026, 11, 23), -1));
    }

    [Fact]
    public void Local_closure_day_is_not_a_working_day()
    {
        var calendar = new WorkingDayCalendar([new LocalDate(2026, 12, 29)]);

        Assert.False(calendar.IsWorkingDay(new LocalDate(2026, 12, 29)));
        Assert.True(WorkingDayCalendar.EnglandAndWales.IsWorkingDay(new LocalDate(2026, 12, 29)));
    }

    [Fact]
    public void Local_closure_days_lengthen_a_period()
    {
        var calendar = new WorkingDayCalendar([new LocalDate(2026, 12, 29), new LocalDate(2026, 12, 30), new LocalDate(2026, 12, 31)]);

        Assert.Equal(new LocalDate(2027, 1, 11), calendar.AddWorkingDays(new LocalDate(2026, 12, 23), 7));
    }

    [Fact]
    public void Working_days_between_counts_after_the_start_up_to_and_including_the_end()
    {
        Assert.Equal(7, Calendar.WorkingDaysBetween(new LocalDate(2026, 4, 2), new LocalDate(2026, 4, 15)));
    }

    [Fact]
    public void Working_days_between_the_same_date_is_zero()
    {
        Assert.Equal(0, Calendar.WorkingDaysBetween(new LocalDate(2026, 4, 2), new LocalDate(2026, 4, 2)));
    }

    [Fact]
    public void Working_days_between_is_negative_when_the_end_is_earlier()
    {
        Assert.Equal(-1, Calendar.WorkingDaysBetween(new LocalDate(2026, 11, 24), new LocalDate(2026, 11, 23)));
    }
}
