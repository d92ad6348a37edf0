using System.Globalization;
using NodaTime.Text;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>Reads the dates hosts write in widget attributes: ISO text, or a date rendered by Razor in the page's culture.</summary>
internal static class WidgetDates
{
    // NodaTime's long date pattern per culture, built once: building it reads the culture's month
    // and day names, which cost a page more than the rest of reading its dates.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<CultureInfo, LocalDatePattern> LongPatterns = new();

    internal static LocalDate? Read(string? text, string attribute, CultureInfo culture)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var trimmed = text.Trim();
        var iso = LocalDatePattern.Iso.Parse(trimmed);
        if (iso.Success)
        {
            return iso.Value;
        }
        // @localDate renders with NodaTime's long date pattern ("D"); @dateOnly and @dateTime with .NET's, in the page's culture.
        var nodaLong = LongPatterns.GetOrAdd(culture, static culture => LocalDatePattern.Create("D", culture)).Parse(trimmed);
        if (nodaLong.Success)
        {
            return nodaLong.Value;
        }
        if (DateOnly.TryParse(trimmed, culture, DateTimeStyles.AllowWhiteSpaces, out var dateOnly))
        {
            return LocalDate.FromDateOnly(dateOnly);
        }
        if (DateTime.TryParse(trimmed, culture, DateTimeStyles.AllowWhiteSpaces, out var dateTime) && dateTime.TimeOfDay == TimeSpan.Zero)
        {
            return LocalDate.FromDateTime(dateTime);
        }
        throw new FormatException($"Expected the {attribute} attribute to be a date such as as-at=\"2014-11-30\", a NodaTime LocalDate, a DateOnly or a DateTime at midnight, but found \"{trimmed}\".");
    }
}
