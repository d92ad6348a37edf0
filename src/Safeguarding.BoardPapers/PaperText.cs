using System.Globalization;
using NodaTime.Text;

namespace Safeguarding.BoardPapers;

/// <summary>How board papers write dates, instants and numbers.</summary>
internal static class PaperText
{
    private static readonly CultureInfo EnglishUnitedKingdom = CultureInfo.GetCultureInfo("en-GB");
    private static readonly DateTimeZone UkTime = DateTimeZoneProviders.Tzdb["Europe/London"];
    private static readonly LocalDateTimePattern LongDateTime = LocalDateTimePattern.Create("d MMMM uuuu 'at' HH:mm", EnglishUnitedKingdom);

    internal static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);

    /// <summary>An instant in UK time, as a board paper says when it was produced: "27 November 2026 at 09:37".</summary>
    internal static string Format(Instant instant) => LongDateTime.Format(instant.InZone(UkTime).LocalDateTime);

    /// <summary>An instant in UK time, for a spreadsheet's date-and-time cell.</summary>
    internal static LocalDateTime InUkTime(Instant instant) => instant.InZone(UkTime).LocalDateTime;

    internal static string Invariant(decimal number, int decimalPlaces) =>
        Math.Round(number, decimalPlaces, MidpointRounding.AwayFromZero).ToString("F" + decimalPlaces.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture);

    internal static string Display(decimal number, int decimalPlaces) =>
        Math.Round(number, decimalPlaces, MidpointRounding.AwayFromZero).ToString("N" + decimalPlaces.ToString(CultureInfo.InvariantCulture), EnglishUnitedKingdom);
}
