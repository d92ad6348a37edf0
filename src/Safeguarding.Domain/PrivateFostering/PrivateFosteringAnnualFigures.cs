using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// The authority's yearly private fostering figures, computed from the register, as councils report
/// them to their director of children's services and to the partnership: notifications received,
/// new arrangements, arrangements ended, children privately fostered at the end of the year, late
/// notifications, and visits made on time as a share. No child is named in them.
/// </summary>
/// <remarks>
/// <para>
/// The measures follow the Department for Education's last national collection (Notifications of
/// private fostering arrangements in England, year ending 31 March 2015, SFR22/2015: notifications
/// received, new arrangements that began in the year, arrangements that ended, children in
/// arrangements at 31 March, and visits made within the required time); DfE stopped the collection
/// from 2016, and councils still report the same figures locally. Herefordshire's annual report
/// 2015-16 (seed 003, section 6e) gives only the notifications: three.
/// </para>
/// <para>
/// A notification received is an arrangement notified in the year (<see cref="PrivateFosteringArrangement.NotifiedOn"/>),
/// private fostering or not once assessed. A new arrangement is one that is private fostering
/// (<see cref="PrivateFosteringRules"/>) and started in the year; an arrangement ended is one whose
/// child stopped being privately fostered in the year, because the child left or reached 16 (18 if
/// disabled). A visit counts in the year it fell due (<see cref="VisitSchedule"/>): on time when made
/// by its due date, missed when made later or still not made by the date of the figures; a visit not
/// yet due is not counted. Figures are as at a date, so a year's figures can be seen before it ends.
/// </para>
/// </remarks>
public sealed class PrivateFosteringAnnualFigures
{
    private PrivateFosteringAnnualFigures(FinancialYear year, LocalDate asAt)
    {
        Year = year;
        AsAt = asAt;
    }

    /// <summary>The document the measures follow.</summary>
    public static readonly SourceCitation Source = new(
        "Department for Education, Notifications of private fostering arrangements in England: year ending 31 March 2015 (SFR22/2015)",
        "the measures of the national collection, closed from 2016");

    /// <summary>Gets the financial year.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the date the figures are as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets how many arrangements were notified to the authority in the year (by the date of the figures).</summary>
    public int NotificationsReceived { get; private init; }

    /// <summary>Gets how many private fostering arrangements started in the year.</summary>
    public int NewArrangements { get; private init; }

    /// <summary>Gets how many children stopped being privately fostered in the year: the arrangement ended, or they reached the age limit.</summary>
    public int ArrangementsEnded { get; private init; }

    /// <summary>Gets how many of <see cref="ArrangementsEnded"/> ended because the child reached 16 (18 if disabled).</summary>
    public int EndedAtAgeLimit { get; private init; }

    /// <summary>Gets how many children were privately fostered at the end of the year, or on the date of the figures if earlier.</summary>
    public int PrivatelyFosteredAtEnd { get; private init; }

    /// <summary>Gets how many notifications of arrangements (proposed or running) were received late in the year, or fell due in it and are still not made.</summary>
    public int LateNotifications { get; private init; }

    /// <summary>Gets the visits due in the year and how many were made on time.</summary>
    public VisitsOnTime Visits { get; private init; } = new(0, 0);

    /// <summary>Gets the first visits (within 7 working days, SI 2005/1533 regs 4 and 7) due in the year and how many were made on time.</summary>
    public VisitsOnTime FirstVisits { get; private init; } = new(0, 0);

    /// <summary>Works out a year's figures from the register.</summary>
    /// <param name="records">The register's records.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="asAt">The date the figures are as at; what happened after it is not counted.</param>
    /// <param name="calendar">The working-day calendar; <c>null</c> for England and Wales.</param>
    /// <param name="gracePeriod">A local grace period on notifications due immediately, or <c>null</c> for the regulations alone.</param>
    /// <returns>The figures.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="records"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="asAt"/> is before the year starts.</exception>
    public static PrivateFosteringAnnualFigures For(IEnumerable<PrivateFosteringRecord> records, FinancialYear year, LocalDate asAt, WorkingDayCalendar? calendar = null,
        LocalGracePeriod? gracePeriod = null)
    {
        Preconditions.CheckNotNull(records);
        if (asAt < year.Start)
        {
            throw new ArgumentOutOfRangeException(nameof(asAt), asAt, $"Expected a date on or after the year's first day, {DisplayDates.Format(year.Start)}, but found {DisplayDates.Format(asAt)}.");
        }
        var end = LocalDate.Min(asAt, year.End);
        var counted = new DateInterval(year.Start, end);
        int notifications = 0, started = 0, ended = 0, atAgeLimit = 0, current = 0, late = 0, visitsOnTime = 0, visitsDue = 0, firstOnTime = 0, firstDue = 0;
        foreach (var record in records)
        {
            var arrangement = record.Arrangement;
            if (arrangement.NotifiedOn is { } notified && counted.Contains(notified))
            {
                notifications++;
            }
            if (!IsPrivateFostering(record, end))
            {
                continue;
            }
            if (counted.Contains(arrangement.Start))
            {
                started++;
            }
            var (endsOn, reason) = VisitSchedule.PrivateFosteringEnds(arrangement);
            if (counted.Contains(endsOn))
            {
                ended++;
                atAgeLimit += reason == PrivateFosteringEndReason.AgeLimitReached ? 1 : 0;
            }
            if (arrangement.Start <= end && endsOn > end)
            {
                current++;
            }
            late += record.CheckNotifications(asAt, gracePeriod)
                .Count(check => check.Kind != NotificationKind.EndOfArrangement
                    && ((check.IsLate && counted.Contains(check.NotifiedOn!.Value)) || (check.IsOverdue && counted.Contains(check.DueBy))));
            var checks = record.AssessVisits(asAt, calendar).Checks;
            for (var index = 0; index < checks.Count; index++)
            {
                var check = checks[index];
                if (!counted.Contains(check.DueBy) || (check.Visit is null && !check.IsOverdue))
                {
                    continue;
                }
                var onTime = check.Visit is not null && !check.IsLate;
                visitsDue++;
                visitsOnTime += onTime ? 1 : 0;
                if (index == 0)
                {
                    firstDue++;
                    firstOnTime += onTime ? 1 : 0;
                }
            }
        }
        return new PrivateFosteringAnnualFigures(year, asAt)
        {
            NotificationsReceived = notifications,
            NewArrangements = started,
            ArrangementsEnded = ended,
            EndedAtAgeLimit = atAgeLimit,
            PrivatelyFosteredAtEnd = current,
            LateNotifications = late,
            Visits = new VisitsOnTime(visitsOnTime, visitsDue),
            FirstVisits = new VisitsOnTime(firstOnTime, firstDue),
        };
    }

    /// <summary>Returns the year and the figures in one line.</summary>
    /// <returns>Such as "2015-16: 3 notifications, 3 new arrangements, 1 ended, 2 privately fostered at the end; visits 12 of 14 on time (86%)".</returns>
    public override string ToString() =>
        $"{Year}: {NotificationsReceived} notifications, {NewArrangements} new arrangements, {ArrangementsEnded} ended, {PrivatelyFosteredAtEnd} privately fostered at the end; visits {Visits}";

    // Private fostering as it stood at the end of the period, or when it ended if earlier; an
    // arrangement that had not started by then is judged as proposed.
    private static bool IsPrivateFostering(PrivateFosteringRecord record, LocalDate end)
    {
        var ageLimit = PrivateFosteringRules.AgeLimitReachedOn(record.Arrangement);
        var on = LocalDate.Min(end, ageLimit.PlusDays(-1));
        return on >= PrivateFosteringRules.RulesInForceFrom && on >= record.Arrangement.DateOfBirth && record.Assess(on).IsPrivatelyFostered;
    }
}
