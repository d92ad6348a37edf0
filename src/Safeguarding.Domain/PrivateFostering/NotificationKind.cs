namespace Safeguarding.Domain.PrivateFostering;

/// <summary>The notifications the local authority must receive about a private fostering arrangement.</summary>
public enum NotificationKind
{
    /// <summary>
    /// An arrangement proposed before it starts: at least six weeks before it starts, or immediately
    /// (the same day) if it starts sooner (Children (Private Arrangements for Fostering) Regulations
    /// 2005, reg 3(1)).
    /// </summary>
    ProposedArrangement = 0,

    /// <summary>
    /// An arrangement that started without the notice reg 3 requires: immediately, the same day it
    /// started (reg 5 covers notification where none was given under reg 3).
    /// </summary>
    ArrangementAlreadyRunning = 1,

    /// <summary>The end of an arrangement: the carer tells the authority within 48 hours of the child leaving (reg 10).</summary>
    EndOfArrangement = 2,
}
