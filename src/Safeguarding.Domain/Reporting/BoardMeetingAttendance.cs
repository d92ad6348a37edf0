namespace Safeguarding.Domain.Reporting;

/// <summary>One agency's (or person's) attendance at the board's meetings in the year.</summary>
/// <param name="Agency">The agency or person, in the document's words, such as "West Mercia Police".</param>
/// <param name="Attended">One entry per meeting, in the order of <see cref="BoardAttendanceFigures.Meetings"/>: <c>true</c> when represented.</param>
public sealed record BoardMeetingAttendance(string Agency, IReadOnlyList<bool> Attended)
{
    /// <summary>Gets the number of meetings attended.</summary>
    public int MeetingsAttended => Attended.Count(attended => attended);
}
