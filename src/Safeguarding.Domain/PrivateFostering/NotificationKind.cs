namespace Safeguarding.Domain.PrivateFostering;

/// <summary>The notifications the local authority must receive about a private fostering arrangement.</summary>
public enum NotificationKind
{
    /// <summary>
    /// An arrangement proposed before it starts: at least six weeks before it starts, or immediately
    /// if it starts sooner (Children (Private Arrangements for Fostering) Regulations 2005, reg 3).
    /// </summary>
    ProposedArrangement = 0,

    /// <summary>
    /// An arrangement that started without the notice reg 3 requires: immediately (reg 5 covers
    /// notification where none was given under reg 3), which councils apply as within 48 hours of
    /// its start.
    /// </summary>
    ArrangementAlreadyRunning = 1,

    /// <summary>The end of an arrangement: within 48 hours (local procedures).</summary>
    EndOfArrangement = 2,
}
