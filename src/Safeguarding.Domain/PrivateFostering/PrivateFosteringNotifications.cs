namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// When the local authority must be notified of a private fostering arrangement, and whether it
/// was: the Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533) regs 3
/// and 5, and local procedures for the 48-hour timescales.
/// </summary>
/// <remarks>
/// "Immediately" is applied, as councils apply it, as within 48 hours; with dates rather than
/// times that is by the end of the second day after the event. Use these checks only for an
/// arrangement that <see cref="PrivateFosteringRules.Assess"/> finds is private fostering.
/// </remarks>
public static class PrivateFosteringNotifications
{
    /// <summary>How far ahead a proposed arrangement must be notified: six weeks (reg 3).</summary>
    public static readonly Period NoticeOfProposal = Period.FromWeeks(6);

    /// <summary>How "immediately" and "within 48 hours" are applied to dates: two days.</summary>
    public static readonly Period Immediately = Period.FromDays(2);

    /// <summary>Gets when a proposed arrangement must be notified.</summary>
    /// <param name="start">The day the arrangement is to start.</param>
    /// <param name="proposedOn">The day it was agreed.</param>
    /// <returns>Six weeks before <paramref name="start"/>; or, when it was agreed later than that, within 48 hours of being agreed.</returns>
    public static LocalDate ProposedArrangementDueBy(LocalDate start, LocalDate proposedOn)
    {
        var sixWeeksBefore = start.Minus(NoticeOfProposal);
        return proposedOn <= sixWeeksBefore ? sixWeeksBefore : proposedOn.Plus(Immediately);
    }

    /// <summary>Gets when an arrangement that started without notice must be notified: immediately, applied as 48 hours after it started.</summary>
    /// <param name="start">The day the arrangement started.</param>
    /// <returns>Two days after <paramref name="start"/>.</returns>
    public static LocalDate RunningArrangementDueBy(LocalDate start) => start.Plus(Immediately);

    /// <summary>Gets when the end of an arrangement must be notified: within 48 hours (local procedures).</summary>
    /// <param name="end">The day the arrangement ended.</param>
    /// <returns>Two days after <paramref name="end"/>.</returns>
    public static LocalDate EndDueBy(LocalDate end) => end.Plus(Immediately);

    /// <summary>Checks the notifications due for an arrangement as at a date.</summary>
    /// <param name="arrangement">The arrangement, with its <see cref="PrivateFosteringArrangement.ProposedOn"/>, <see cref="PrivateFosteringArrangement.NotifiedOn"/>, <see cref="PrivateFosteringArrangement.End"/> and <see cref="PrivateFosteringArrangement.EndNotifiedOn"/> dates.</param>
    /// <param name="asAt">The date to check as at.</param>
    /// <returns>
    /// The notification of the arrangement (as proposed when it was agreed before its start,
    /// otherwise as already running), then the notification of its end when it has ended.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    public static IReadOnlyList<NotificationCheck> Check(PrivateFosteringArrangement arrangement, LocalDate asAt)
    {
        Preconditions.CheckNotNull(arrangement);
        var checks = new List<NotificationCheck>();
        if (arrangement.ProposedOn is { } proposed && proposed < arrangement.Start)
        {
            var dueBy = ProposedArrangementDueBy(arrangement.Start, proposed);
            var rule = proposed <= arrangement.Start.Minus(NoticeOfProposal)
                ? "A proposed arrangement must be notified at least six weeks before it starts (SI 2005/1533 reg 3)."
                : "An arrangement agreed less than six weeks before it starts must be notified immediately, applied as within 48 hours (SI 2005/1533 reg 3).";
            checks.Add(new(NotificationKind.ProposedArrangement, dueBy, rule, arrangement.NotifiedOn, asAt));
        }
        else
        {
            checks.Add(new(NotificationKind.ArrangementAlreadyRunning, RunningArrangementDueBy(arrangement.Start),
                "An arrangement already running must be notified immediately, applied as within 48 hours of its start (SI 2005/1533 reg 5; local procedures).",
                arrangement.NotifiedOn, asAt));
        }
        if (arrangement.End is { } end && end <= asAt)
        {
            checks.Add(new(NotificationKind.EndOfArrangement, EndDueBy(end),
                "The end of an arrangement must be notified within 48 hours (local procedures).",
                arrangement.EndNotifiedOn, asAt));
        }
        return checks;
    }
}
