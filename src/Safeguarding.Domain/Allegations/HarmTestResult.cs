namespace Safeguarding.Domain.Allegations;

/// <summary>Whether an allegation meets the harm test, on which limbs, and when the LADO referral is due. Made by <see cref="HarmTest.Assess"/>.</summary>
public sealed class HarmTestResult
{
    internal HarmTestResult(LocalDate allegationDate, IReadOnlyList<HarmTestLimb> limbsMet, IReadOnlyList<HarmTestLimb> limbsNotInForce, LocalDate referralDueBy)
    {
        AllegationDate = allegationDate;
        LimbsMet = limbsMet;
        LimbsNotInForce = limbsNotInForce;
        ReferralDueBy = referralDueBy;
    }

    /// <summary>Gets the day the allegation was made or came to the employer's attention.</summary>
    public LocalDate AllegationDate { get; }

    /// <summary>Gets a value indicating whether the allegation meets the harm test: at least one limb in force on <see cref="AllegationDate"/> is met.</summary>
    public bool MeetsTest => LimbsMet.Count > 0;

    /// <summary>Gets the limbs met that were in force on <see cref="AllegationDate"/>, in order.</summary>
    public IReadOnlyList<HarmTestLimb> LimbsMet { get; }

    /// <summary>Gets the limbs claimed that were not yet in force on <see cref="AllegationDate"/> (the suitability limb before 1 September 2020).</summary>
    public IReadOnlyList<HarmTestLimb> LimbsNotInForce { get; }

    /// <summary>Gets the last day for the referral to the LADO: one working day after <see cref="AllegationDate"/>.</summary>
    public LocalDate ReferralDueBy { get; }

    /// <summary>Gets what to do, in one sentence.</summary>
    public string Advice => MeetsTest
        ? $"Meets the harm test (limb {string.Join(", ", LimbsMet.Select(limb => (int)limb))}): refer to the LADO within one working day, by {DisplayDates.Format(ReferralDueBy)}."
        : LimbsNotInForce.Count > 0
            ? "Does not meet the harm test: the suitability limb applies only to allegations from 1 September 2020. Record the concern and follow the employer's procedures; seek the LADO's advice if unsure."
            : "Does not meet the harm test. Record the concern and follow the employer's procedures; seek the LADO's advice if unsure.";

    /// <summary>Tells whether a referral made on <paramref name="referredOn"/> was within one working day.</summary>
    /// <param name="referredOn">The day the LADO received the referral.</param>
    /// <returns><c>true</c> on or before <see cref="ReferralDueBy"/>.</returns>
    public bool IsReferralTimely(LocalDate referredOn) => referredOn <= ReferralDueBy;

    /// <summary>Returns the advice.</summary>
    /// <returns>Such as "Meets the harm test (limb 1, 2): refer to the LADO within one working day, by 2 September 2020.".</returns>
    public override string ToString() => Advice;
}
