using NodaTime.Text;

namespace Safeguarding.Domain.Calendars;

/// <summary>
/// Reads an instant as a partner's system writes it in an address or a form: ISO 8601 in UTC
/// (<c>2014-12-01T10:00:00Z</c>) or with its offset (<c>2014-12-01T11:00:00+01:00</c>, British Summer
/// Time), the same instant either way. One reading for the hub's API and the board papers alike.
/// </summary>
public static class IsoInstant
{
    /// <summary>What is expected, for an error message: "an instant written yyyy-MM-ddTHH:mm:ssZ (or with an offset, +01:00), such as 2014-12-01T10:00:00Z".</summary>
    public const string Expected = "an instant written yyyy-MM-ddTHH:mm:ssZ (or with an offset, +01:00), such as 2014-12-01T10:00:00Z";

    /// <summary>Reads an instant.</summary>
    /// <param name="text">The text, with no surrounding spaces.</param>
    /// <param name="instant">The instant read, when the method returns <c>true</c>.</param>
    /// <returns><c>true</c> when the text is an ISO 8601 date and time with <c>Z</c> or an offset.</returns>
    public static bool TryParse(string? text, out Instant instant)
    {
        instant = default;
        if (text is null)
        {
            return false;
        }
        var utc = InstantPattern.ExtendedIso.Parse(text);
        if (utc.Success)
        {
            instant = utc.Value;
            return true;
        }
        var withOffset = OffsetDateTimePattern.ExtendedIso.Parse(text);
        if (withOffset.Success)
        {
            instant = withOffset.Value.ToInstant();
            return true;
        }
        return false;
    }
}
