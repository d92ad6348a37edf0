namespace Safeguarding.Domain.Allegations;

/// <summary>Whether a timeliness target was met.</summary>
public enum TimelinessRating
{
    /// <summary>The target was not met.</summary>
    DoesNotMeet = 0,

    /// <summary>The target was met.</summary>
    Meets = 1,

    /// <summary>No target applies: the board set none for the year (current guidance sets no percentages).</summary>
    NoTarget = 2,
}
