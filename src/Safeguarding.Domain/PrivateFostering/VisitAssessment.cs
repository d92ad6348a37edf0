namespace Safeguarding.Domain.PrivateFostering;

/// <summary>The local authority's visits to a privately fostered child as at a date. Made by <see cref="VisitSchedule.Assess"/>.</summary>
public sealed class VisitAssessment
{
    internal VisitAssessment(PrivateFosteringArrangement arrangement, LocalDate asAt, IReadOnlyList<VisitCheck> checks, IReadOnlyList<PrivateFosteringVisit> visits)
    {
        Arrangement = arrangement;
        AsAt = asAt;
        Checks = checks;
        Visits = visits;
    }

    /// <summary>Gets the arrangement.</summary>
    public PrivateFosteringArrangement Arrangement { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets every visit that was due, in order: the first visit, then each interval. The last may still be pending.</summary>
    public IReadOnlyList<VisitCheck> Checks { get; }

    /// <summary>Gets the visits made on or before <see cref="AsAt"/>, in date order.</summary>
    public IReadOnlyList<PrivateFosteringVisit> Visits { get; }

    /// <summary>Gets the first visit's check, or <c>null</c> when the local authority was not yet aware of the arrangement.</summary>
    public VisitCheck? FirstVisit => Checks.Count > 0 ? Checks[0] : null;

    /// <summary>Gets the visit still to be made, or <c>null</c> when none is (the arrangement has ended, or the authority is not yet aware of it).</summary>
    public VisitCheck? NextVisit =>
        Checks.Count > 0 && Checks[^1].Visit is null && !(Arrangement.End is { } end && end <= AsAt) ? Checks[^1] : null;

    /// <summary>Gets the day by which the next visit must be made, or <c>null</c> when none is to be made.</summary>
    public LocalDate? NextVisitDueBy => NextVisit?.DueBy;

    /// <summary>Gets a value indicating whether the next visit's due date had passed by <see cref="AsAt"/>.</summary>
    public bool IsOverdue => NextVisit?.IsOverdue == true;

    /// <summary>Gets the checks that were not met: visits made late, and a visit now overdue.</summary>
    public IReadOnlyList<VisitCheck> MissedTimescales => Checks.Where(check => check.IsLate || check.IsOverdue).ToList();

    /// <summary>Gets the visits at which the child was not seen alone.</summary>
    public IReadOnlyList<PrivateFosteringVisit> VisitsWithoutChildSeenAlone => Visits.Where(visit => !visit.ChildSeenAlone).ToList();

    /// <summary>Returns the reference and the next visit's state.</summary>
    /// <returns>Such as "PF-2016-003 as at 1 May 2026: next visit due by 26 May 2026".</returns>
    public override string ToString() =>
        $"{Arrangement.Reference} as at {DisplayDates.Format(AsAt)}: "
        + (NextVisitDueBy is { } due ? $"next visit due by {DisplayDates.Format(due)}{(IsOverdue ? " (overdue)" : string.Empty)}" : "no visit due");
}
