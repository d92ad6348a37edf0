namespace Safeguarding.Domain.PrivateFostering;

/// <summary>One visit that was due: by when, and the visit that met it (or did not). Part of a <see cref="VisitAssessment"/>.</summary>
public sealed class VisitCheck
{
    internal VisitCheck(LocalDate dueBy, string regulation, string rule, PrivateFosteringVisit? visit, LocalDate asAt)
    {
        DueBy = dueBy;
        Regulation = regulation;
        Rule = rule;
        Visit = visit;
        AsAt = asAt;
    }

    /// <summary>Gets the last day on which the visit is on time.</summary>
    public LocalDate DueBy { get; }

    /// <summary>
    /// Gets the regulation of SI 2005/1533 that set <see cref="DueBy"/>: "reg 4(1)" for the first visit
    /// after notice of a proposed arrangement, "reg 7" for the first visit to an arrangement already
    /// running when the authority learnt of it, "reg 8(1)" for the visits after.
    /// </summary>
    public string Regulation { get; }

    /// <summary>Gets the rule that set <see cref="DueBy"/>, in plain English with its source.</summary>
    public string Rule { get; }

    /// <summary>Gets the visit made for this check, or <c>null</c> if none had been made by <see cref="AsAt"/>.</summary>
    public PrivateFosteringVisit? Visit { get; }

    /// <summary>Gets the date the check is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets a value indicating whether the visit was made after <see cref="DueBy"/>.</summary>
    public bool IsLate => Visit is { } visit && visit.Date > DueBy;

    /// <summary>Gets a value indicating whether no visit had been made and <see cref="DueBy"/> had passed by <see cref="AsAt"/>.</summary>
    public bool IsOverdue => Visit is null && AsAt > DueBy;

    /// <summary>Returns the due date and state.</summary>
    /// <returns>Such as "Visit due by 15 April 2026: made on 14 April 2026".</returns>
    public override string ToString() =>
        $"Visit due by {DisplayDates.Format(DueBy)}: "
        + (Visit is { } visit ? $"made on {DisplayDates.Format(visit.Date)}{(IsLate ? " (late)" : string.Empty)}" : IsOverdue ? "overdue" : "not yet due");
}
