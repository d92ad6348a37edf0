namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// Whether a child was privately fostered as at a date, and why, in words a practitioner can
/// act on and as structured reasons a screen or report can use. Made by <see cref="PrivateFosteringRules.Assess"/>.
/// </summary>
public sealed class PrivateFosteringAssessment
{
    internal PrivateFosteringAssessment(PrivateFosteringArrangement arrangement, LocalDate asAt, StatutoryRuleSet ruleSet, bool isPrivatelyFostered, IReadOnlyList<PrivateFosteringReason> reasons)
    {
        Arrangement = arrangement;
        AsAt = asAt;
        RuleSet = ruleSet;
        IsPrivatelyFostered = isPrivatelyFostered;
        Reasons = reasons;
    }

    /// <summary>Gets the arrangement assessed.</summary>
    public PrivateFosteringArrangement Arrangement { get; }

    /// <summary>Gets the date the assessment is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets the version of the private fostering rules the answer follows: the one in force on the date assessed.</summary>
    public StatutoryRuleSet RuleSet { get; }

    /// <summary>Gets a value indicating whether the child is (or, for an arrangement that has ended, was) privately fostered.</summary>
    public bool IsPrivatelyFostered { get; }

    /// <summary>
    /// Gets the reasons, one sentence each, with the law they come from: the age test, who the
    /// carer is (and parental responsibility), the length of the arrangement and any exemption, in
    /// that order. None mentions the child's date of birth.
    /// </summary>
    public IReadOnlyList<PrivateFosteringReason> Reasons { get; }

    /// <summary>Gets the tests that each on their own mean the child is not privately fostered, in order; empty when the child is privately fostered.</summary>
    public IReadOnlyList<PrivateFosteringTest> RuledOutBy => [.. Reasons.Where(reason => reason.RulesOut).Select(reason => reason.Test).Distinct()];

    /// <summary>Gets the conclusion in one sentence, with what to do when the child is privately fostered.</summary>
    public string Conclusion => IsPrivatelyFostered
        ? "Privately fostered: the local authority must be notified (Children (Private Arrangements for Fostering) Regulations 2005, reg 3 before the arrangement starts, reg 5 once it has started without that notice)."
        : "Not privately fostered.";

    /// <summary>Returns the reference, date and conclusion; never the child's date of birth.</summary>
    /// <returns>Such as "PF-2016-003 as at 1 May 2026: Not privately fostered.".</returns>
    public override string ToString() => $"{Arrangement.Reference} as at {DisplayDates.Format(AsAt)}: {Conclusion}";
}
