namespace Safeguarding.Domain.Reporting;

/// <summary>How many attended one multi-agency training course in the year.</summary>
/// <param name="Course">The course, in the document's words.</param>
/// <param name="Attendees">The number attending.</param>
public sealed record CourseAttendance(string Course, int Attendees);
