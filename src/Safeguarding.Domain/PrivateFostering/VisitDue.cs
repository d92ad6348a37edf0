namespace Safeguarding.Domain.PrivateFostering;

/// <summary>One visit on the "visits due" list (<see cref="VisitsDueList"/>): whose, by when, under which regulation, and how far off or overdue in working days.</summary>
/// <param name="Reference">The child's case reference.</param>
/// <param name="DueBy">The last day the visit is on time.</param>
/// <param name="Regulation">The regulation of SI 2005/1533 that sets the date: "reg 4(1)" or "reg 7" for a first visit, "reg 8(1)" after.</param>
/// <param name="Rule">The rule in plain English with its source.</param>
/// <param name="IsFirstVisit">Whether it is the first visit (within 7 working days of the authority learning of the arrangement).</param>
/// <param name="IsOverdue">Whether the due date has passed with no visit.</param>
/// <param name="WorkingDays">Working days from the list's date to the due date (0 when due that day), or, when overdue, the working days since it.</param>
public sealed record VisitDue(CaseReference Reference, LocalDate DueBy, string Regulation, string Rule, bool IsFirstVisit, bool IsOverdue, int WorkingDays)
{
    /// <summary>Returns the reference, the date and the state in words.</summary>
    /// <returns>Such as "PF-2026-014: visit due by 15 April 2026, in 3 working days (reg 7)".</returns>
    public override string ToString() =>
        $"{Reference}: visit due by {DisplayDates.Format(DueBy)}, "
        + (IsOverdue ? $"overdue by {WorkingDays} working day{Plural}" : WorkingDays == 0 ? "due today" : $"in {WorkingDays} working day{Plural}")
        + $" ({Regulation})";

    private string Plural => WorkingDays == 1 ? string.Empty : "s";
}
