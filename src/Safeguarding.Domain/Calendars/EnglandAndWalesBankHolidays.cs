namespace Safeguarding.Domain.Calendars;

/// <summary>
/// The bank holidays of England and Wales, computed for any year from 1978 (when the early May
/// bank holiday began) rather than read from a list that runs out.
/// </summary>
/// <remarks>
/// <para>
/// Regular holidays (Banking and Financial Dealings Act 1971 Sch 1 and the annual royal
/// proclamations): New Year's Day, Good Friday, Easter Monday, the early May bank holiday (first
/// Monday in May), the spring bank holiday (last Monday in May), the summer bank holiday (last
/// Monday in August), Christmas Day and Boxing Day. When New Year's Day, Christmas Day or Boxing
/// Day falls at a weekend, the next weekday that is not already a holiday is the substitute day
/// (so 2021: Monday 27 and Tuesday 28 December; 2022: Monday 26 and Tuesday 27 December).
/// </para>
/// <para>
/// Changes made by proclamation are listed here: early May moved to 8 May in 1995 and 2020 (VE Day
/// anniversaries); spring bank holiday moved to 4 June 2002, 4 June 2012 and 2 June 2022 (jubilees);
/// one-off holidays on 29 July 1981 (royal wedding), 31 December 1999 (millennium), 3 June 2002
/// (golden jubilee), 29 April 2011 (royal wedding), 5 June 2012 (diamond jubilee), 3 June 2022
/// (platinum jubilee), 19 September 2022 (state funeral of Queen Elizabeth II) and 8 May 2023
/// (coronation of King Charles III). A one-off holiday proclaimed after this release is not known
/// to it: add it as a local closure day of <see cref="WorkingDayCalendar"/> until the package is
/// updated.
/// </para>
/// </remarks>
public static class EnglandAndWalesBankHolidays
{
    /// <summary>The first year for which holidays are computed.</summary>
    public const int FirstYear = 1978;

    /// <summary>The last year for which holidays are computed.</summary>
    public const int LastYear = 9998;

    private static readonly BankHoliday[] OneOffHolidays =
    [
        new(new LocalDate(1981, 7, 29), "Royal wedding bank holiday"),
        new(new LocalDate(1999, 12, 31), "Millennium bank holiday"),
        new(new LocalDate(2002, 6, 3), "Golden Jubilee bank holiday"),
        new(new LocalDate(2011, 4, 29), "Royal wedding bank holiday"),
        new(new LocalDate(2012, 6, 5), "Diamond Jubilee bank holiday"),
        new(new LocalDate(2022, 6, 3), "Platinum Jubilee bank holiday"),
        new(new LocalDate(2022, 9, 19), "Bank holiday for the State Funeral of Queen Elizabeth II"),
        new(new LocalDate(2023, 5, 8), "Bank holiday for the coronation of King Charles III"),
    ];

    /// <summary>Gets the bank holidays of <paramref name="year"/>, in date order.</summary>
    /// <param name="year">A calendar year from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns>Eight holidays in most years; more in years with a one-off holiday.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static IReadOnlyList<BankHoliday> For(int year)
    {
        Preconditions.CheckArgumentRange(year, nameof(year), FirstYear, LastYear);
        var holidays = new List<BankHoliday>();

        var newYear = new LocalDate(year, 1, 1);
        holidays.Add(IsWeekend(newYear)
            ? new(NextWeekday(newYear), "New Year's Day (substitute day)")
            : new(newYear, "New Year's Day"));

        var easter = EasterSunday(year);
        holidays.Add(new(easter.PlusDays(-2), "Good Friday"));
        holidays.Add(new(easter.PlusDays(1), "Easter Monday"));

        // Moved to 8 May (a Monday in 1995, a Friday in 2020) for the 50th and 75th anniversaries of VE Day.
        holidays.Add(year is 1995 or 2020
            ? new(new LocalDate(year, 5, 8), "Early May bank holiday (VE Day)")
            : new(FirstMonday(year, 5), "Early May bank holiday"));

        // Moved by proclamation to make a four-day weekend for the Golden, Diamond and Platinum Jubilees.
        holidays.Add(year switch
        {
            2002 => new(new LocalDate(2002, 6, 4), "Spring bank holiday"),
            2012 => new(new LocalDate(2012, 6, 4), "Spring bank holiday"),
            2022 => new(new LocalDate(2022, 6, 2), "Spring bank holiday"),
            _ => new(LastMonday(year, 5), "Spring bank holiday"),
        });

        holidays.Add(new(LastMonday(year, 8), "Summer bank holiday"));

        var christmas = new LocalDate(year, 12, 25);
        var boxingDay = new LocalDate(year, 12, 26);
        switch (christmas.DayOfWeek)
        {
            case IsoDayOfWeek.Friday:
                holidays.Add(new(christmas, "Christmas Day"));
                holidays.Add(new(new LocalDate(year, 12, 28), "Boxing Day (substitute day)"));
                break;
            case IsoDayOfWeek.Saturday:
                holidays.Add(new(new LocalDate(year, 12, 27), "Christmas Day (substitute day)"));
                holidays.Add(new(new LocalDate(year, 12, 28), "Boxing Day (substitute day)"));
                break;
            case IsoDayOfWeek.Sunday:
                holidays.Add(new(boxingDay, "Boxing Day"));
                holidays.Add(new(new LocalDate(year, 12, 27), "Christmas Day (substitute day)"));
                break;
            default:
                holidays.Add(new(christmas, "Christmas Day"));
                holidays.Add(new(boxingDay, "Boxing Day"));
                break;
        }

        holidays.AddRange(OneOffHolidays.Where(holiday => holiday.Date.Year == year));
        return holidays.OrderBy(holiday => holiday.Date).ToList();
    }

    /// <summary>Tells whether <paramref name="date"/> is a bank holiday in England and Wales.</summary>
    /// <param name="date">Any date from <see cref="FirstYear"/> to <see cref="LastYear"/>.</param>
    /// <returns><c>true</c> on a bank holiday, including substitute days and one-off holidays.</returns>
    /// <exception cref="ArgumentOutOfRangeException">The date's year is outside <see cref="FirstYear"/> to <see cref="LastYear"/>.</exception>
    public static bool IsBankHoliday(LocalDate date) => For(date.Year).Any(holiday => holiday.Date == date);

    /// <summary>Computes Easter Sunday in the Gregorian calendar (the anonymous Gregorian algorithm, also called Meeus/Jones/Butcher).</summary>
    /// <param name="year">A year from 1583.</param>
    /// <returns>Easter Sunday of that year, such as 5 April 2026.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="year"/> is before 1583 or after 9999.</exception>
    public static LocalDate EasterSunday(int year)
    {
        Preconditions.CheckArgumentRange(year, nameof(year), 1583, 9999);
        var a = year % 19;
        var b = year / 100;
        var c = year % 100;
        var d = b / 4;
        var e = b % 4;
        var f = (b + 8) / 25;
        var g = (b - f + 1) / 3;
        var h = ((19 * a) + b - d - g + 15) % 30;
        var i = c / 4;
        var k = c % 4;
        var l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        var m = (a + (11 * h) + (22 * l)) / 451;
        var month = (h + l - (7 * m) + 114) / 31;
        var day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new LocalDate(year, month, day);
    }

    private static bool IsWeekend(LocalDate date) => date.DayOfWeek is IsoDayOfWeek.Saturday or IsoDayOfWeek.Sunday;

    private static LocalDate NextWeekday(LocalDate date)
    {
        while (IsWeekend(date))
        {
            date = date.PlusDays(1);
        }
        return date;
    }

    private static LocalDate FirstMonday(int year, int month) =>
        new LocalDate(year, month, 1).PlusDays(-1).Next(IsoDayOfWeek.Monday);

    private static LocalDate LastMonday(int year, int month) =>
        new LocalDate(year, month, 1).PlusMonths(1).Previous(IsoDayOfWeek.Monday);
}
