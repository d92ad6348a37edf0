using System.Globalization;
using NodaTime.Text;

namespace Safeguarding.Domain;

/// <summary>Dates as people in England read them: "31 October 2014", "February 2009".</summary>
public static class DisplayDates
{
    private static readonly CultureInfo EnglishUnitedKingdom = CultureInfo.GetCultureInfo("en-GB");
    private static readonly LocalDatePattern LongDate = LocalDatePattern.Create("d MMMM uuuu", EnglishUnitedKingdom);
    private static readonly DateTimeZone England = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly YearMonthPattern LongMonth = YearMonthPattern.Create("MMMM uuuu", EnglishUnitedKingdom);

    /// <summary>Formats a date in en-GB long form.</summary>
    /// <param name="date">The date.</param>
    /// <returns>Such as "31 October 2014".</returns>
    public static string Format(LocalDate date) => LongDate.Format(date);

    /// <summary>Formats the day an instant falls on in England (Europe/London, so 23:30 UTC in British Summer Time is the next day).</summary>
    /// <param name="instant">The instant, such as when a plan was archived.</param>
    /// <returns>Such as "2 May 2015".</returns>
    public static string Format(Instant instant) => LongDate.Format(instant.InZone(England).Date);

    /// <summary>Formats a month in en-GB long form.</summary>
    /// <param name="month">The month.</param>
    /// <returns>Such as "February 2009".</returns>
    public static string Format(YearMonth month) => LongMonth.Format(month);
}
