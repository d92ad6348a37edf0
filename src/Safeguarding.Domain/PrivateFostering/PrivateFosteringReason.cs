namespace Safeguarding.Domain.PrivateFostering;

/// <summary>One reason in a private fostering assessment: which test, whether it rules private fostering out, why in words, and the law it comes from.</summary>
/// <param name="Test">The test the reason is about.</param>
/// <param name="RulesOut">Whether this test on its own means the child is not privately fostered.</param>
/// <param name="Text">The reason in one sentence, with its source, in words a practitioner can act on; it never mentions the child's date of birth.</param>
/// <param name="Source">The provision it rests on, such as "Children Act 1989, s105(1)".</param>
public sealed record PrivateFosteringReason(PrivateFosteringTest Test, bool RulesOut, string Text, SourceCitation Source)
{
    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The reason in one sentence.</returns>
    public override string ToString() => Text;
}
