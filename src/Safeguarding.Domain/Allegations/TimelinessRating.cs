namespace Safeguarding.Domain.Allegations;

/// <summary>Whether a timeliness expectation was met.</summary>
public enum TimelinessRating
{
    /// <summary>The expectation was not met.</summary>
    DoesNotMeet = 0,

    /// <summary>The expectation was met.</summary>
    Meets = 1,
}
