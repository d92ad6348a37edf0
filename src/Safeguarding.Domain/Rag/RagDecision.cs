namespace Safeguarding.Domain.Rag;

/// <summary>Which of <see cref="RagRules"/>' rules decided an action's rating, in the order they are tried.</summary>
internal enum RagDecision : byte
{
    /// <summary>Recorded as complete: Complete.</summary>
    Complete,

    /// <summary>Past its due date (or a milestone's) and not complete: Red.</summary>
    Overdue,

    /// <summary>Work due to start after the date and nothing recorded: Not started.</summary>
    NotYetStarted,

    /// <summary>Due within the risk window and not rated green: Amber, or worse if so rated.</summary>
    AtRisk,

    /// <summary>Otherwise: the rating recorded by hand, or Not rated.</summary>
    AsRecorded,
}
