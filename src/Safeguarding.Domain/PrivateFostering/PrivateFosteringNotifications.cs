namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// When the local authority must be notified of a private fostering arrangement, and whether it
/// was: the Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533) regs 3, 5
/// and 10.
/// </summary>
/// <remarks>
/// "Immediately" means the same day: a notification due immediately is on time only on the day
/// itself. A board or authority that allows longer (many procedures say "within 48 hours") sets it
/// as a <see cref="LocalGracePeriod"/>, and every check it changes names it. The end of an
/// arrangement is notified within 48 hours of the child leaving (reg 10): with dates rather than
/// times, by the end of the second day after. Use these checks only for an arrangement that
/// <see cref="PrivateFosteringRules.Assess"/> finds is private fostering.
/// </remarks>
public static class PrivateFosteringNotifications
{
    /// <summary>How far ahead a proposed arrangement must be notified: six weeks (reg 3(1)(a)).</summary>
    public static readonly Period NoticeOfProposal = Period.FromWeeks(6);

    /// <summary>How long the carer has to notify the end of an arrangement: 48 hours, applied to dates as two days (reg 10).</summary>
    public static readonly Period NoticeOfEnd = Period.FromDays(2);

    /// <summary>The first day of SI 2005/1533 in England: 1 July 2005.</summary>
    public static readonly LocalDate RegulationsInForceFrom = new(2005, 7, 1);

    /// <summary>Gets the versions of the notification and visiting rules, in date order: SI 2005/1533, from 1 July 2005 and still in force.</summary>
    public static IReadOnlyList<StatutoryRuleSet> RuleSets { get; } =
    [
        new("The Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533)", RegulationsInForceFrom, null,
            new SourceCitation("The Children (Private Arrangements for Fostering) Regulations 2005 (SI 2005/1533)", "regs 3 to 10; in force 1 July 2005, replacing the 1991 Regulations in England")),
    ];

    /// <summary>Gets when a proposed arrangement must be notified by the regulations alone.</summary>
    /// <param name="start">The day the arrangement is to start.</param>
    /// <param name="proposedOn">The day it was agreed.</param>
    /// <returns>Six weeks before <paramref name="start"/>; or, when it was agreed later than that, the day it was agreed (immediately).</returns>
    public static LocalDate ProposedArrangementDueBy(LocalDate start, LocalDate proposedOn)
    {
        var sixWeeksBefore = start.Minus(NoticeOfProposal);
        return proposedOn <= sixWeeksBefore ? sixWeeksBefore : proposedOn;
    }

    /// <summary>Gets when an arrangement that started without notice must be notified by the regulations alone: immediately, the day it started.</summary>
    /// <param name="start">The day the arrangement started.</param>
    /// <returns><paramref name="start"/>.</returns>
    public static LocalDate RunningArrangementDueBy(LocalDate start) => start;

    /// <summary>Gets when the end of an arrangement must be notified: within 48 hours of the child leaving (reg 10).</summary>
    /// <param name="end">The day the child left.</param>
    /// <returns>Two days after <paramref name="end"/>.</returns>
    public static LocalDate EndDueBy(LocalDate end) => end.Plus(NoticeOfEnd);

    /// <summary>Checks the notifications due for an arrangement as at a date.</summary>
    /// <param name="arrangement">The arrangement, with its <see cref="PrivateFosteringArrangement.ProposedOn"/>, <see cref="PrivateFosteringArrangement.NotifiedOn"/>, <see cref="PrivateFosteringArrangement.End"/> and <see cref="PrivateFosteringArrangement.EndNotifiedOn"/> dates.</param>
    /// <param name="asAt">The date to check as at.</param>
    /// <param name="gracePeriod">A local grace period on notifications due immediately; <c>null</c> (the default) for the regulations alone.</param>
    /// <returns>
    /// The notification of the arrangement (as proposed when it was agreed before its start,
    /// otherwise as already running), then the notification of its end when it has ended.
    /// </returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The arrangement was agreed, or started, before 1 July 2005, when the regulations came into force.</exception>
    public static IReadOnlyList<NotificationCheck> Check(PrivateFosteringArrangement arrangement, LocalDate asAt, LocalGracePeriod? gracePeriod = null)
    {
        Preconditions.CheckNotNull(arrangement);
        StatutoryRuleSet.InForceOn(RuleSets, arrangement.ProposedOn is { } agreed && agreed < arrangement.Start ? agreed : arrangement.Start, nameof(arrangement));
        var checks = new List<NotificationCheck>();
        if (arrangement.ProposedOn is { } proposed && proposed < arrangement.Start)
        {
            var dueBy = ProposedArrangementDueBy(arrangement.Start, proposed);
            checks.Add(proposed <= arrangement.Start.Minus(NoticeOfProposal)
                ? new(NotificationKind.ProposedArrangement, dueBy, dueBy,
                    "A proposed arrangement must be notified at least six weeks before it starts (SI 2005/1533 reg 3(1)(a)).",
                    null, arrangement.NotifiedOn, asAt)
                : Immediately(NotificationKind.ProposedArrangement, dueBy,
                    "An arrangement agreed less than six weeks before it starts must be notified immediately, the same day (SI 2005/1533 reg 3(1)(b))",
                    gracePeriod, arrangement.NotifiedOn, asAt));
        }
        else
        {
            checks.Add(Immediately(NotificationKind.ArrangementAlreadyRunning, RunningArrangementDueBy(arrangement.Start),
                "An arrangement that started without notice must be notified immediately, the day it started (SI 2005/1533 reg 5)",
                gracePeriod, arrangement.NotifiedOn, asAt));
        }
        if (arrangement.End is { } end && end <= asAt)
        {
            var endDueBy = EndDueBy(end);
            checks.Add(new(NotificationKind.EndOfArrangement, endDueBy, endDueBy,
                "The carer must notify the end of the arrangement within 48 hours of the child leaving (SI 2005/1533 reg 10).",
                null, arrangement.EndNotifiedOn, asAt));
        }
        return checks;
    }

    private static NotificationCheck Immediately(NotificationKind kind, LocalDate statutoryDueBy, string rule, LocalGracePeriod? gracePeriod, LocalDate? notifiedOn, LocalDate asAt) =>
        gracePeriod is null
            ? new(kind, statutoryDueBy, statutoryDueBy, rule + ".", null, notifiedOn, asAt)
            : new(kind, statutoryDueBy, statutoryDueBy.Plus(gracePeriod.Length),
                $"{rule}; {gracePeriod.Label} allows until {DisplayDates.Format(statutoryDueBy.Plus(gracePeriod.Length))} (a local rule, not the regulations).",
                gracePeriod, notifiedOn, asAt);
}
