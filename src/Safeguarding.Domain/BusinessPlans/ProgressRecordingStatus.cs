namespace Safeguarding.Domain.BusinessPlans;

/// <summary>What happened to a submitted progress update or review.</summary>
public enum ProgressRecordingStatus
{
    /// <summary>It was recorded.</summary>
    Recorded,

    /// <summary>The same submission (the same idempotency key) had already been recorded; nothing new was stored.</summary>
    AlreadyRecorded,

    /// <summary>Someone else recorded on the action after the submitter read its history; nothing was stored.</summary>
    Conflict,

    /// <summary>A field was wrong; nothing was stored, and each error names its field.</summary>
    Invalid,

    /// <summary>There is no such plan, action or update; nothing was stored.</summary>
    NotFound,
}
