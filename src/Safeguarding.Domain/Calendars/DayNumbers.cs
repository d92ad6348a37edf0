namespace Safeguarding.Domain.Calendars;

/// <summary>
/// Dates as day numbers (days since 1 January 1 AD in the ISO calendar, as <see cref="DateOnly.DayNumber"/>
/// counts them), so that rules run over many records compare and subtract whole numbers: the days
/// between two dates is the difference of their numbers, as <see cref="Period.DaysBetween(LocalDate, LocalDate)"/> gives it.
/// </summary>
internal static class DayNumbers
{
    // 10,000 years is 25 whole 400-year Gregorian cycles of 146,097 days each: shifting by it keeps
    // every year NodaTime allows (-9998 to 9999) positive, so integer division floors.
    private const int YearShift = 10_000;
    private const int DaysInShift = 25 * 146_097;

    // Days in the year before the first of each month (index 1 to 12), in a year that is not a leap year.
    private static readonly int[] DaysBeforeMonth = [0, 0, 31, 59, 90, 120, 151, 181, 212, 243, 273, 304, 334];

    /// <summary>Gets a date's day number; a date in another calendar is numbered as the same day in the ISO calendar.</summary>
    /// <param name="date">The date.</param>
    /// <returns>The number of days since 1 January 1 AD (negative before it).</returns>
    public static int Of(LocalDate date)
    {
        if (date.Calendar != CalendarSystem.Iso)
        {
            date = date.WithCalendar(CalendarSystem.Iso);
        }
        var month = date.Month;
        var yearsBefore = date.Year - 1 + YearShift;
        var days = (yearsBefore * 365) + (yearsBefore / 4) - (yearsBefore / 100) + (yearsBefore / 400)
            + DaysBeforeMonth[month] + date.Day - 1;
        var year = date.Year;
        if (month > 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0))
        {
            days++;
        }
        return days - DaysInShift;
    }

    /// <summary>Gets the day number of a date that may be missing.</summary>
    /// <param name="date">The date, or <c>null</c>.</param>
    /// <param name="none">The number to give for no date.</param>
    /// <returns>The day number, or <paramref name="none"/>.</returns>
    public static int Of(LocalDate? date, int none) => date is { } value ? Of(value) : none;
}
