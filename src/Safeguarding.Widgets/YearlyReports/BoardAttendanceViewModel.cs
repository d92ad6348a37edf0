namespace Safeguarding.Widgets.YearlyReports;

/// <summary>Attendance at the board's meetings in a year: a chart of members attending each meeting, the table behind it, and a description in words.</summary>
public sealed record BoardAttendanceViewModel
{
    /// <summary>Gets the heading, such as "Board attendance 2015-16".</summary>
    public required string Heading { get; init; }

    /// <summary>Gets the board and the source document.</summary>
    public required string Meta { get; init; }

    /// <summary>Gets the chart and table described in words, for everyone (and for screen readers as the chart's description).</summary>
    public required string Description { get; init; }

    /// <summary>Gets one bar per meeting, in date order.</summary>
    public required IReadOnlyList<AttendanceBarViewModel> Bars { get; init; }

    /// <summary>Gets the meetings' dates as column headings, such as "22 Apr 2015".</summary>
    public required IReadOnlyList<string> Meetings { get; init; }

    /// <summary>Gets one row per member: which meetings they attended.</summary>
    public required IReadOnlyList<AttendanceRowViewModel> Rows { get; init; }

    /// <summary>Gets the places filled over the year in words, such as "54 of 60 (90%)".</summary>
    public required string PlacesFilled { get; init; }
}

/// <summary>One meeting's bar: how many members attended, as a height in a chart 100 wide whose bars stand 50 high for every member, with its label.</summary>
/// <param name="Meeting">The meeting's date in words.</param>
/// <param name="Attended">How many members attended.</param>
/// <param name="Of">How many members there are.</param>
/// <param name="X">The bar's left edge, in the chart's units.</param>
/// <param name="Height">The bar's height, in the chart's units (50 is every member).</param>
public sealed record AttendanceBarViewModel(string Meeting, int Attended, int Of, decimal X, decimal Height)
{
    /// <summary>Gets the bar's top, in the chart's units.</summary>
    public decimal Y => 50 - Height;
}

/// <summary>One member's attendance at the year's meetings.</summary>
/// <param name="Member">The agency or member, in the document's words.</param>
/// <param name="Attended">One entry per meeting: <c>true</c> when represented.</param>
/// <param name="Total">The meetings attended, in words, such as "3 of 4".</param>
public sealed record AttendanceRowViewModel(string Member, IReadOnlyList<bool> Attended, string Total);
