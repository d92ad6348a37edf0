namespace Safeguarding.Domain.Reporting;

/// <summary>
/// Attendance of agencies at the board's meetings in the year (003_2b82dd704ae0436e.txt, Appendix 1).
/// </summary>
/// <param name="Meetings">The meeting dates, in order.</param>
/// <param name="Agencies">Each agency's attendance, one entry per meeting.</param>
/// <param name="Source">Where in the document the table is.</param>
public sealed record BoardAttendanceFigures(IReadOnlyList<LocalDate> Meetings, IReadOnlyList<BoardMeetingAttendance> Agencies, SourceCitation Source)
{
    /// <summary>Gets how many agencies attended each meeting, in the order of <see cref="Meetings"/>.</summary>
    public IReadOnlyList<int> AttendeesPerMeeting =>
        [.. Meetings.Select((_, index) => Agencies.Count(agency => agency.Attended[index]))];

    /// <summary>Gets the agencies that attended every meeting.</summary>
    public IReadOnlyList<BoardMeetingAttendance> AttendedEveryMeeting =>
        [.. Agencies.Where(agency => agency.MeetingsAttended == Meetings.Count)];

    /// <summary>Gets the share of places filled: attendances over agencies × meetings, as a percentage.</summary>
    public decimal AttendancePercent =>
        PublishedFigures.Percentage(Agencies.Sum(agency => agency.MeetingsAttended), Agencies.Count * Meetings.Count);
}
