namespace Safeguarding.Domain.PrivateFostering;

/// <summary>When one notification was due, when it was made, and whether it was late. Made by <see cref="PrivateFosteringNotifications"/>.</summary>
public sealed class NotificationCheck
{
    internal NotificationCheck(NotificationKind kind, LocalDate statutoryDueBy, LocalDate dueBy, string rule, LocalGracePeriod? localRule, LocalDate? notifiedOn, LocalDate asAt)
    {
        Kind = kind;
        StatutoryDueBy = statutoryDueBy;
        DueBy = dueBy;
        Rule = rule;
        LocalRule = localRule;
        NotifiedOn = notifiedOn;
        AsAt = asAt;
    }

    /// <summary>Gets which notification this is.</summary>
    public NotificationKind Kind { get; }

    /// <summary>Gets the last day on which the notification is on time by the regulations alone: for "immediately", the day itself.</summary>
    public LocalDate StatutoryDueBy { get; }

    /// <summary>Gets the last day on which the notification is on time: <see cref="StatutoryDueBy"/>, or later when a <see cref="LocalRule"/> gives grace.</summary>
    public LocalDate DueBy { get; }

    /// <summary>Gets the rule applied, in plain English with its source, naming any local rule.</summary>
    public string Rule { get; }

    /// <summary>Gets the local grace period that moved <see cref="DueBy"/> past <see cref="StatutoryDueBy"/>, or <c>null</c> when the regulations alone apply.</summary>
    public LocalGracePeriod? LocalRule { get; }

    /// <summary>Gets the day the local authority was notified, or <c>null</c> if it has not been.</summary>
    public LocalDate? NotifiedOn { get; }

    /// <summary>Gets the date the check is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets a value indicating whether the notification was made after <see cref="DueBy"/>.</summary>
    public bool IsLate => NotifiedOn is { } notified && notified > DueBy;

    /// <summary>Gets a value indicating whether the notification has not been made and <see cref="DueBy"/> had passed by <see cref="AsAt"/>.</summary>
    public bool IsOverdue => NotifiedOn is null && AsAt > DueBy;

    /// <summary>Gets how many days late the notification was (or is, if still not made), or 0.</summary>
    public int DaysLate =>
        NotifiedOn is { } notified ? Math.Max(0, Period.DaysBetween(DueBy, notified))
        : Math.Max(0, Period.DaysBetween(DueBy, AsAt));

    /// <summary>Returns the kind, due date and state.</summary>
    /// <returns>Such as "ProposedArrangement due by 18 January 2026: late by 3 days".</returns>
    public override string ToString() =>
        $"{Kind} due by {DisplayDates.Format(DueBy)}: "
        + (IsLate ? $"late by {DaysLate} days" : IsOverdue ? $"overdue by {DaysLate} days" : NotifiedOn is null ? "not yet due" : "on time");
}
