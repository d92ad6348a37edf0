namespace Safeguarding.Domain.PrivateFostering;

/// <summary>A notification that was late, or is overdue, on the "visits due" list (<see cref="VisitsDueList"/>).</summary>
/// <param name="Reference">The child's case reference.</param>
/// <param name="Check">The notification's check: which notification, when it was due, by which rule, and when it was made.</param>
public sealed record LateNotification(CaseReference Reference, NotificationCheck Check)
{
    /// <summary>Returns the reference and the check.</summary>
    /// <returns>Such as "PF-2026-014: ArrangementAlreadyRunning due by 2 April 2026: late by 5 days".</returns>
    public override string ToString() => $"{Reference}: {Check}";
}
