namespace Safeguarding.Domain.Reporting;

/// <summary>Attendance at the board's multi-agency training in the year (003_2b82dd704ae0436e.txt, section 6b).</summary>
/// <param name="Courses">Face-to-face courses and forums with their attendance.</param>
/// <param name="ELearningProfessionals">Professionals who accessed the e-learning courses (412).</param>
/// <param name="Source">Where in the document the figures are.</param>
public sealed record TrainingFigures(IReadOnlyList<CourseAttendance> Courses, int ELearningProfessionals, SourceCitation Source)
{
    /// <summary>Gets the attendance at all the courses and forums listed (computed; the document prints no total).</summary>
    public int CourseAttendees => Courses.Sum(course => course.Attendees);
}
