namespace Safeguarding.Widgets.YearlyReports;

/// <summary>Attendance at the board's meetings in a year: a chart of members attending each meeting, the table behind it, and a description in words.</summary>
public sealed record BoardAttendanceViewModel
{
    /// <summary>Gets the heading, such as "Board attendance 2015-16".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the board and the source document.</summary>
    public required string Meta { get; init; }

    /// <summary>Gets the chart of members attending each meeting, described in words.</summary>
    public required BarChartViewModel Chart { get; init; }

    /// <summary>Gets how many members attended each meeting, in words, such as "11 of 15", in date order.</summary>
    public required IReadOnlyList<string> AttendedPerMeeting { get; init; }

    /// <summary>Gets the meetings' dates as column headings, such as "22 Apr 2015".</summary>
    public required IReadOnlyList<string> Meetings { get; init; }

    /// <summary>Gets one row per member: which meetings they attended.</summary>
    public required IReadOnlyList<AttendanceRowViewModel> Rows { get; init; }

    /// <summary>Gets the places filled over the year in words, such as "54 of 60 (90%)".</summary>
    public required string PlacesFilled { get; init; }
}

/// <summary>One member's attendance at the year's meetings.</summary>
/// <param name="Member">The agency or member, in the document's words.</param>
/// <param name="Attended">One entry per meeting: <c>true</c> when represented.</param>
/// <param name="Total">The meetings attended, in words, such as "3 of 4".</param>
public sealed record AttendanceRowViewModel(string Member, IReadOnlyList<bool> Attended, string Total);
