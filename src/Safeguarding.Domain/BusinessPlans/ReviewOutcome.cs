namespace Safeguarding.Domain.BusinessPlans;

/// <summary>What the business unit decided about a progress update, on a board that requires acceptance.</summary>
public enum ReviewOutcome
{
    /// <summary>Accepted: the update counts in board reports.</summary>
    Accepted,

    /// <summary>Returned to the agency with a comment: it does not count in board reports.</summary>
    Returned,
}
