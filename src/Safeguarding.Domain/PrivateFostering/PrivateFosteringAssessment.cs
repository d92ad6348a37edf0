namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// Whether a child was privately fostered as at a date, and why, in words a practitioner can
/// act on. Made by <see cref="PrivateFosteringRules.Assess"/>.
/// </summary>
public sealed class PrivateFosteringAssessment
{
    internal PrivateFosteringAssessment(PrivateFosteringArrangement arrangement, LocalDate asAt, bool isPrivatelyFostered, IReadOnlyList<string> reasons)
    {
        Arrangement = arrangement;
        AsAt = asAt;
        IsPrivatelyFostered = isPrivatelyFostered;
        Reasons = reasons;
    }

    /// <summary>Gets the arrangement assessed.</summary>
    public PrivateFosteringArrangement Arrangement { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets a value indicating whether the child is (or, for an arrangement that has ended, was) privately fostered.</summary>
    public bool IsPrivatelyFostered { get; }

    /// <summary>
    /// Gets the reasons, one sentence each, with the law they come from: the age test, who the
    /// carer is, the length of the arrangement and any exemption, in that order. None mentions
    /// the child's date of birth.
    /// </summary>
    public IReadOnlyList<string> Reasons { get; }

    /// <summary>Gets the conclusion in one sentence, with what to do when the child is privately fostered.</summary>
    public string Conclusion => IsPrivatelyFostered
        ? "Privately fostered: the local authority must be notified (Children (Private Arrangements for Fostering) Regulations 2005, reg 3)."
        : "Not privately fostered.";

    /// <summary>Returns the reference, date and conclusion; never the child's date of birth.</summary>
    /// <returns>Such as "PF-2016-003 as at 1 May 2026: Not privately fostered.".</returns>
    public override string ToString() => $"{Arrangement.Reference} as at {DisplayDates.Format(AsAt)}: {Conclusion}";
}
