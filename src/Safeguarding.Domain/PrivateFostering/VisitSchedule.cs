using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// When the local authority must visit a privately fostered child: the Children (Private
/// Arrangements for Fostering) Regulations 2005 (SI 2005/1533).
/// </summary>
/// <remarks>
/// <para>
/// The first visit is due within 7 working days, counted with a <see cref="WorkingDayCalendar"/>
/// (the day after is day 1): of receiving notice of a proposed arrangement (reg 4(1)) when the
/// authority learnt of the arrangement before it started, and otherwise of learning of an
/// arrangement already running (reg 7, which follows a notice under reg 5).
/// </para>
/// <para>
/// Then visits are due at intervals of not more than six weeks in the first year of the
/// arrangement and twelve weeks in any later year (reg 8(1)); for this the arrangement is deemed
/// to begin when the local authority became aware of it (reg 8(6)). The interval that follows a
/// visit is six weeks when the visit is before the first anniversary
/// (<see cref="PrivateFosteringArrangement.FirstAnniversary"/>), twelve weeks when it is on or
/// after it.
/// </para>
/// <para>
/// No visit is due once the child is no longer privately fostered: from the day the arrangement
/// ends, or the day the child reaches 16 (18 if disabled), whichever is first. A visit that fell
/// due before then and was not made is still a missed visit. A visit made before the authority
/// was aware is ignored.
/// </para>
/// </remarks>
public static class VisitSchedule
{
    /// <summary>The working days within which the first visit is due (regs 4(1) and 7).</summary>
    public const int FirstVisitWorkingDays = 7;

    /// <summary>The longest interval between visits in the first year (reg 8(1)(a)).</summary>
    public static readonly Period FirstYearInterval = Period.FromWeeks(6);

    /// <summary>The longest interval between visits after the first year (reg 8(1)(b)).</summary>
    public static readonly Period LaterInterval = Period.FromWeeks(12);

    /// <summary>Gets the day by which the first visit is due.</summary>
    /// <param name="authorityAwareOn">The day the local authority received notice of, or otherwise became aware of, the arrangement.</param>
    /// <param name="calendar">The working-day calendar; <c>null</c> for <see cref="WorkingDayCalendar.EnglandAndWales"/>.</param>
    /// <returns>The 7th working day after <paramref name="authorityAwareOn"/>.</returns>
    public static LocalDate FirstVisitDueBy(LocalDate authorityAwareOn, WorkingDayCalendar? calendar = null) =>
        (calendar ?? WorkingDayCalendar.EnglandAndWales).AddWorkingDays(authorityAwareOn, FirstVisitWorkingDays);

    /// <summary>Gets the day by which the visit after <paramref name="previousVisit"/> is due.</summary>
    /// <param name="arrangement">The arrangement, for its first anniversary.</param>
    /// <param name="previousVisit">The day of the previous visit.</param>
    /// <returns>Six weeks after a visit in the first year; twelve weeks after a visit on or after the first anniversary.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    public static LocalDate NextVisitDueBy(PrivateFosteringArrangement arrangement, LocalDate previousVisit)
    {
        Preconditions.CheckNotNull(arrangement);
        return previousVisit.Plus(previousVisit < arrangement.FirstAnniversary ? FirstYearInterval : LaterInterval);
    }

    /// <summary>Gets the day the child stops being privately fostered: the day the arrangement ends or the day the child reaches the age limit, whichever is first.</summary>
    /// <param name="arrangement">The arrangement.</param>
    /// <returns>The day, and why.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> is <c>null</c>.</exception>
    public static (LocalDate On, PrivateFosteringEndReason Reason) PrivateFosteringEnds(PrivateFosteringArrangement arrangement)
    {
        var ageLimit = PrivateFosteringRules.AgeLimitReachedOn(arrangement);
        return arrangement.End is { } end && end <= ageLimit
            ? (end, PrivateFosteringEndReason.ArrangementEnded)
            : (ageLimit, PrivateFosteringEndReason.AgeLimitReached);
    }

    /// <summary>Assesses the visits to a privately fostered child as at a date.</summary>
    /// <param name="arrangement">The arrangement; its <see cref="PrivateFosteringArrangement.AuthorityAwareOn"/> date (or, failing that, <see cref="PrivateFosteringArrangement.NotifiedOn"/>) starts the clock.</param>
    /// <param name="visits">The visits made, in any order.</param>
    /// <param name="asAt">The date to assess as at; later visits are ignored.</param>
    /// <param name="calendar">The working-day calendar; <c>null</c> for <see cref="WorkingDayCalendar.EnglandAndWales"/>.</param>
    /// <returns>Each visit due with its state and regulation, the next visit due (none once the child is no longer privately fostered, with why), and the visits where the child was not seen alone.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="arrangement"/> or <paramref name="visits"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentOutOfRangeException">The authority became aware of the arrangement before 1 July 2005, when the regulations came into force.</exception>
    public static VisitAssessment Assess(PrivateFosteringArrangement arrangement, IEnumerable<PrivateFosteringVisit> visits, LocalDate asAt, WorkingDayCalendar? calendar = null)
    {
        Preconditions.CheckNotNull(arrangement);
        Preconditions.CheckNotNull(visits);
        var checks = new List<VisitCheck>();
        var (endsOn, endReason) = PrivateFosteringEnds(arrangement);
        var aware = arrangement.AuthorityAwareOn ?? arrangement.NotifiedOn;
        if (aware is not { } awareOn || awareOn > asAt)
        {
            return new VisitAssessment(arrangement, asAt, checks, [], endsOn, endReason);
        }
        StatutoryRuleSet.InForceOn(PrivateFosteringNotifications.RuleSets, awareOn, nameof(arrangement));

        var made = visits.Where(visit => visit.Date >= awareOn && visit.Date <= asAt).OrderBy(visit => visit.Date).ToList();
        var dueBy = FirstVisitDueBy(awareOn, calendar);
        var (regulation, rule) = awareOn < arrangement.Start
            ? ("reg 4(1)", $"First visit within {FirstVisitWorkingDays} working days of the local authority receiving notice, on {DisplayDates.Format(awareOn)}, of a proposed arrangement (SI 2005/1533 reg 4(1)).")
            : ("reg 7", $"First visit within {FirstVisitWorkingDays} working days of the local authority learning, on {DisplayDates.Format(awareOn)}, of an arrangement already running (SI 2005/1533 reg 7).");
        foreach (var visit in made)
        {
            checks.Add(new VisitCheck(dueBy, regulation, rule, visit, asAt));
            var firstYear = visit.Date < arrangement.FirstAnniversary;
            dueBy = NextVisitDueBy(arrangement, visit.Date);
            regulation = "reg 8(1)";
            rule = firstYear
                ? "Visits at intervals of not more than six weeks in the first year of the arrangement (SI 2005/1533 reg 8(1)(a))."
                : "Visits at intervals of not more than twelve weeks after the first year of the arrangement (SI 2005/1533 reg 8(1)(b)).";
        }
        if (endsOn > asAt)
        {
            checks.Add(new VisitCheck(dueBy, regulation, rule, null, asAt));
        }
        else if (dueBy < endsOn)
        {
            // The visit fell due while the child was still privately fostered and was not made: a missed visit.
            checks.Add(new VisitCheck(dueBy, regulation, rule, null, endsOn));
        }
        return new VisitAssessment(arrangement, asAt, checks, made, endsOn, endReason);
    }
}
