using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// The private fostering officer's "visits due" list as at a date: visits overdue, then visits due
/// within a number of working days, and notifications that were late or are overdue. Each date comes
/// from part one's rules (<see cref="VisitSchedule"/>, <see cref="PrivateFosteringNotifications"/>):
/// the first visit within 7 working days of the authority learning of the arrangement, then every 6
/// weeks in the first year and every 12 weeks after, none once the child is no longer privately fostered.
/// </summary>
/// <remarks>
/// Only arrangements that are private fostering as at the date (<see cref="PrivateFosteringRules"/>;
/// one not yet started is judged as proposed) are listed: a notification the authority found was
/// not private fostering needs no visits, and neither does a visit that would fall due on or after
/// the day the child reaches 16 (18 if disabled). A notification is listed when it was made late within the
/// year before the date, or is still not made and overdue, however long ago it was due.
/// </remarks>
public sealed class VisitsDueList
{
    private VisitsDueList(LocalDate asAt, int withinWorkingDays, LocalDate dueUpTo, IReadOnlyList<VisitDue> visits, IReadOnlyList<LateNotification> lateNotifications)
    {
        AsAt = asAt;
        WithinWorkingDays = withinWorkingDays;
        DueUpTo = dueUpTo;
        Visits = visits;
        LateNotifications = lateNotifications;
    }

    /// <summary>Gets the date the list is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets how many working days ahead the list looks.</summary>
    public int WithinWorkingDays { get; }

    /// <summary>Gets the last day a visit may be due to be listed: <see cref="WithinWorkingDays"/> working days after <see cref="AsAt"/>.</summary>
    public LocalDate DueUpTo { get; }

    /// <summary>Gets the visits: overdue first (longest overdue first), then due, soonest first.</summary>
    public IReadOnlyList<VisitDue> Visits { get; }

    /// <summary>Gets the visits overdue.</summary>
    public IReadOnlyList<VisitDue> Overdue => [.. Visits.Where(visit => visit.IsOverdue)];

    /// <summary>Gets the notifications late within the year to <see cref="AsAt"/>, or overdue, the earliest due first.</summary>
    public IReadOnlyList<LateNotification> LateNotifications { get; }

    /// <summary>Gets every case the list names, each once, for the case access log.</summary>
    public IReadOnlyList<CaseReference> References => [.. Visits.Select(visit => visit.Reference).Concat(LateNotifications.Select(late => late.Reference)).Distinct()];

    /// <summary>Makes the list.</summary>
    /// <param name="records">The register's records.</param>
    /// <param name="asAt">The date, usually today.</param>
    /// <param name="withinWorkingDays">How many working days ahead to look, 0 to 60; 5 is a working week. The default is 5.</param>
    /// <param name="calendar">The working-day calendar; <c>null</c> for England and Wales.</param>
    /// <param name="gracePeriod">A local grace period on notifications due immediately, or <c>null</c> for the regulations alone.</param>
    /// <returns>The list.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="withinWorkingDays"/> is outside 0 to 60.</exception>
    public static VisitsDueList For(IEnumerable<PrivateFosteringRecord> records, LocalDate asAt, int withinWorkingDays = 5, WorkingDayCalendar? calendar = null, LocalGracePeriod? gracePeriod = null)
    {
        Preconditions.CheckNotNull(records);
        Preconditions.CheckArgumentRange(withinWorkingDays, nameof(withinWorkingDays), 0, 60);
        var days = calendar ?? WorkingDayCalendar.EnglandAndWales;
        var dueUpTo = days.AddWorkingDays(asAt, withinWorkingDays);
        var visits = new List<VisitDue>();
        var late = new List<LateNotification>();
        var yearAgo = asAt.PlusYears(-1);
        foreach (var record in records.Where(record => record.Assess(asAt).IsPrivatelyFostered))
        {
            var assessment = record.AssessVisits(asAt, days);
            // A visit that would fall due once the child is no longer privately fostered is not due at all.
            if (assessment.NextVisit is { } next && next.DueBy <= dueUpTo && next.DueBy < VisitSchedule.PrivateFosteringEnds(record.Arrangement).On)
            {
                visits.Add(new VisitDue(record.Reference, next.DueBy, next.Regulation, next.Rule, ReferenceEquals(next, assessment.FirstVisit), next.IsOverdue,
                    next.IsOverdue ? days.WorkingDaysBetween(next.DueBy, asAt) : days.WorkingDaysBetween(asAt, next.DueBy)));
            }
            late.AddRange(record.CheckNotifications(asAt, gracePeriod)
                .Where(check => check.IsOverdue || (check.IsLate && check.NotifiedOn > yearAgo))
                .Select(check => new LateNotification(record.Reference, check)));
        }
        return new VisitsDueList(asAt, withinWorkingDays, dueUpTo,
            [.. visits.OrderByDescending(visit => visit.IsOverdue).ThenBy(visit => visit.DueBy).ThenBy(visit => visit.Reference.Value, StringComparer.Ordinal)],
            [.. late.OrderBy(notification => notification.Check.DueBy).ThenBy(notification => notification.Reference.Value, StringComparer.Ordinal)]);
    }

    /// <summary>Returns the date and the counts.</summary>
    /// <returns>Such as "Visits due as at 1 May 2026: 2 overdue, 3 due within 5 working days; 1 late notification".</returns>
    public override string ToString() =>
        $"Visits due as at {DisplayDates.Format(AsAt)}: {Overdue.Count} overdue, {Visits.Count - Overdue.Count} due within {WithinWorkingDays} working days; {LateNotifications.Count} late notification{(LateNotifications.Count == 1 ? string.Empty : "s")}";
}
