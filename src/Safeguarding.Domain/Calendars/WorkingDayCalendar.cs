using System.Collections.Concurrent;

namespace Safeguarding.Domain.Calendars;

/// <summary>
/// Working days in England and Wales: Monday to Friday, except bank holidays and any local
/// closure days (such as a council's extra day between Christmas and New Year). Statutory
/// timescales counted in working days use it: the first private fostering visit within 7 working
/// days, a referral to the LADO within one working day.
/// </summary>
/// <remarks>
/// Counting follows the usual rule for a period "within n working days" of an event: the event's
/// own day is not counted, the next working day is day 1. So a notification received on Thursday
/// 2 April 2026 has its 7th working day on Wednesday 15 April 2026, after Good Friday and Easter
/// Monday. Instances are immutable and safe to share.
/// </remarks>
public sealed class WorkingDayCalendar
{
    private readonly HashSet<LocalDate> localClosureDays;
    private readonly ConcurrentDictionary<int, HashSet<LocalDate>> bankHolidaysByYear = new();

    /// <summary>Creates a calendar of England and Wales bank holidays with optional local closure days.</summary>
    /// <param name="localClosureDays">Extra days the office is closed; <c>null</c> or empty for none.</param>
    public WorkingDayCalendar(IEnumerable<LocalDate>? localClosureDays = null)
    {
        this.localClosureDays = localClosureDays is null ? [] : [.. localClosureDays];
    }

    /// <summary>Gets a calendar of England and Wales bank holidays with no local closure days.</summary>
    public static WorkingDayCalendar EnglandAndWales { get; } = new();

    /// <summary>Gets the local closure days, in date order.</summary>
    public IReadOnlyList<LocalDate> LocalClosureDays => localClosureDays.Order().ToList();

    /// <summary>Tells whether <paramref name="date"/> is a working day.</summary>
    /// <param name="date">Any date from 1978 to 9998.</param>
    /// <returns><c>true</c> on a weekday that is neither a bank holiday nor a local closure day.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside 1978 to 9998.</exception>
    public bool IsWorkingDay(LocalDate date) =>
        date.DayOfWeek is not (IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday)
        && !localClosureDays.Contains(date)
        && !BankHolidays(date.Year).Contains(date);

    /// <summary>Gets the date <paramref name="days"/> working days after <paramref name="date"/>.</summary>
    /// <param name="date">The day of the event; it is not counted, whether or not it is a working day.</param>
    /// <param name="days">How many working days; the next working day after <paramref name="date"/> is day 1. A negative number counts back.</param>
    /// <returns>The working day that ends the period; <paramref name="date"/> itself when <paramref name="days"/> is 0.</returns>
    public LocalDate AddWorkingDays(LocalDate date, int days)
    {
        var step = days < 0 ? -1 : 1;
        var remaining = Math.Abs(days);
        var current = date;
        while (remaining > 0)
        {
            current = current.PlusDays(step);
            if (IsWorkingDay(current))
            {
                remaining--;
            }
        }
        return current;
    }

    /// <summary>Counts the working days after <paramref name="start"/> up to and including <paramref name="end"/>.</summary>
    /// <param name="start">The day of the event; it is not counted.</param>
    /// <param name="end">The last day counted.</param>
    /// <returns>
    /// The number of working days, so that <c>WorkingDaysBetween(d, AddWorkingDays(d, n)) == n</c>;
    /// when <paramref name="end"/> is before <paramref name="start"/>, minus the working days after
    /// <paramref name="end"/> up to and including <paramref name="start"/>.
    /// </returns>
    public int WorkingDaysBetween(LocalDate start, LocalDate end)
    {
        if (end < start)
        {
            return -WorkingDaysBetween(end, start);
        }
        var count = 0;
        for (var day = start.PlusDays(1); day <= end; day = day.PlusDays(1))
        {
            if (IsWorkingDay(day))
            {
                count++;
            }
        }
        return count;
    }

    private HashSet<LocalDate> BankHolidays(int year) =>
        bankHolidaysByYear.GetOrAdd(year, static y => [.. EnglandAndWalesBankHolidays.For(y).Select(holiday => holiday.Date)]);
}
