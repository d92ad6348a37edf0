namespace Safeguarding.Domain.PrivateFostering;

/// <summary>The local authority's visits to a privately fostered child as at a date. Made by <see cref="VisitSchedule.Assess"/>.</summary>
public sealed class VisitAssessment
{
    private readonly LocalDate _privateFosteringEndsOn;
    private readonly PrivateFosteringEndReason _endReason;

    internal VisitAssessment(PrivateFosteringArrangement arrangement, LocalDate asAt, IReadOnlyList<VisitCheck> checks, IReadOnlyList<PrivateFosteringVisit> visits,
        LocalDate privateFosteringEndsOn, PrivateFosteringEndReason endReason)
    {
        Arrangement = arrangement;
        AsAt = asAt;
        Checks = checks;
        Visits = visits;
        _privateFosteringEndsOn = privateFosteringEndsOn;
        _endReason = endReason;
    }

    /// <summary>Gets the arrangement.</summary>
    public PrivateFosteringArrangement Arrangement { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets every visit that was due, in order: the first visit, then each interval. The last may still be pending.</summary>
    public IReadOnlyList<VisitCheck> Checks { get; }

    /// <summary>Gets the visits made on or before <see cref="AsAt"/>, in date order.</summary>
    public IReadOnlyList<PrivateFosteringVisit> Visits { get; }

    /// <summary>
    /// Gets why the child was no longer privately fostered as at <see cref="AsAt"/> (the arrangement
    /// ended, or the child reached 16, or 18 if disabled), or <c>null</c> while the child still is.
    /// </summary>
    public PrivateFosteringEndReason? EndedBecause => _privateFosteringEndsOn <= AsAt ? _endReason : null;

    /// <summary>Gets the first visit's check, or <c>null</c> when the local authority was not yet aware of the arrangement.</summary>
    public VisitCheck? FirstVisit => Checks.Count > 0 ? Checks[0] : null;

    /// <summary>Gets the visit still to be made, or <c>null</c> when none is (the child is no longer privately fostered, or the authority is not yet aware of the arrangement).</summary>
    public VisitCheck? NextVisit =>
        Checks.Count > 0 && Checks[^1].Visit is null && EndedBecause is null ? Checks[^1] : null;

    /// <summary>Gets the day by which the next visit must be made, or <c>null</c> when none is to be made.</summary>
    public LocalDate? NextVisitDueBy => NextVisit?.DueBy;

    /// <summary>Gets why no visit is due, in one sentence with its source, or <c>null</c> when one is. It never gives the child's date of birth or birthday.</summary>
    public string? NoVisitDueReason => NextVisit is not null ? null : EndedBecause switch
    {
        PrivateFosteringEndReason.ArrangementEnded =>
            $"No visit is due: the arrangement ended on {DisplayDates.Format(Arrangement.End!.Value)}, so the child is no longer privately fostered.",
        PrivateFosteringEndReason.AgeLimitReached =>
            "No visit is due: the child has reached the upper age limit (16, or 18 if disabled), so is no longer privately fostered (Children Act 1989 s66(1)(a), s66(4)).",
        _ => "No visit is due yet: the local authority is not yet aware of the arrangement, and visits are timed from when it becomes aware (SI 2005/1533 regs 4, 7 and 8(6)).",
    };

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
