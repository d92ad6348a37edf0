using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// One record of the private fostering register: the arrangement (with the dates of its
/// notifications: <see cref="PrivateFosteringArrangement.ProposedOn"/>, <see cref="PrivateFosteringArrangement.NotifiedOn"/>,
/// <see cref="PrivateFosteringArrangement.AuthorityAwareOn"/>, <see cref="PrivateFosteringArrangement.EndNotifiedOn"/>)
/// and the visits made. The rules that read it are part one's: <see cref="PrivateFosteringRules"/>,
/// <see cref="PrivateFosteringNotifications"/> and <see cref="VisitSchedule"/>.
/// </summary>
public sealed class PrivateFosteringRecord
{
    /// <summary>Creates a record.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <param name="visits">The visits made, in any order; <c>null</c> for none yet.</param>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">Two visits are on the same day.</exception>
    public PrivateFosteringRecord(PrivateFosteringArrangement arrangement, IEnumerable<PrivateFosteringVisit>? visits = null)
    {
        Arrangement = Preconditions.CheckNotNull(arrangement);
        Visits = [.. (visits ?? []).Select(visit => Preconditions.CheckNotNull(visit)).OrderBy(visit => visit.Date)];
        var repeated = Visits.GroupBy(visit => visit.Date).FirstOrDefault(group => group.Count() > 1);
        Preconditions.CheckArgument(repeated is null, nameof(visits), $"Expected at most one visit a day, but found {repeated?.Count()} on {(repeated is null ? string.Empty : DisplayDates.Format(repeated.Key))}.");
    }

    /// <summary>Gets the arrangement.</summary>
    public PrivateFosteringArrangement Arrangement { get; }

    /// <summary>Gets the child's pseudonymous case reference.</summary>
    public CaseReference Reference => Arrangement.Reference;

    /// <summary>Gets the visits made, in date order.</summary>
    public IReadOnlyList<PrivateFosteringVisit> Visits { get; }

    /// <summary>Gets the record with one more visit.</summary>
    /// <param name="visit">The visit.</param>
    /// <returns>A new record.</returns>
    /// <exception cref="ArgumentException">A visit on the same day is already recorded.</exception>
    public PrivateFosteringRecord WithVisit(PrivateFosteringVisit visit) => new(Arrangement, [.. Visits, Preconditions.CheckNotNull(visit)]);

    /// <summary>Gets the record with the arrangement's facts changed and the same visits.</summary>
    /// <param name="arrangement">The arrangement as it now stands; its reference must be this record's.</param>
    /// <returns>A new record.</returns>
    /// <exception cref="ArgumentException">The arrangement has another reference.</exception>
    public PrivateFosteringRecord WithArrangement(PrivateFosteringArrangement arrangement)
    {
        Preconditions.CheckNotNull(arrangement);
        Preconditions.CheckArgument(arrangement.Reference == Reference, nameof(arrangement), $"Expected the arrangement of {Reference}, but it is {arrangement.Reference}'s.");
        return new(arrangement, Visits);
    }

    /// <summary>Tells whether the child is privately fostered as at a date (<see cref="PrivateFosteringRules.Assess"/>); an arrangement not yet started is judged as proposed.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The assessment, with its reasons.</returns>
    public PrivateFosteringAssessment Assess(LocalDate asAt) => PrivateFosteringRules.Assess(Arrangement, asAt);

    /// <summary>Checks the arrangement's notifications as at a date (<see cref="PrivateFosteringNotifications.Check"/>).</summary>
    /// <param name="asAt">The date.</param>
    /// <param name="gracePeriod">A local grace period on notifications due immediately, or <c>null</c> for the regulations alone.</param>
    /// <returns>The notifications due, each with whether it was late.</returns>
    public IReadOnlyList<NotificationCheck> CheckNotifications(LocalDate asAt, LocalGracePeriod? gracePeriod = null) =>
        PrivateFosteringNotifications.Check(Arrangement, asAt, gracePeriod);

    /// <summary>Assesses the visits as at a date (<see cref="VisitSchedule.Assess"/>).</summary>
    /// <param name="asAt">The date.</param>
    /// <param name="calendar">The working-day calendar; <c>null</c> for England and Wales.</param>
    /// <returns>Each visit due, the next one, and the visits where the child was not seen alone.</returns>
    public VisitAssessment AssessVisits(LocalDate asAt, WorkingDayCalendar? calendar = null) => VisitSchedule.Assess(Arrangement, Visits, asAt, calendar);

    /// <summary>Returns the reference, start date and number of visits; never the child's date of birth.</summary>
    /// <returns>Such as "Private fostering arrangement PF-2026-014 from 2 April 2026, 3 visits".</returns>
    public override string ToString() => $"{Arrangement}, {Visits.Count} visit{(Visits.Count == 1 ? string.Empty : "s")}";
}
