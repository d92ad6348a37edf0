namespace Safeguarding.Domain.Allegations;

/// <summary>
/// Whether an allegation meets the harm test in force on its date, on which limbs, and what to do:
/// the LADO referral deadline when it does; when it does not, no referral date, and (from
/// 1 September 2021) how to handle it as a low-level concern. Made by <see cref="HarmTest.Assess"/>.
/// </summary>
public sealed class HarmTestResult
{
    internal HarmTestResult(LocalDate allegationDate, StatutoryRuleSet ruleSet, IReadOnlyList<HarmTestLimb> limbsMet, IReadOnlyList<HarmTestLimb> limbsNotInForce, LocalDate? referralDueBy)
    {
        AllegationDate = allegationDate;
        RuleSet = ruleSet;
        LimbsMet = limbsMet;
        LimbsNotInForce = limbsNotInForce;
        ReferralDueBy = referralDueBy;
    }

    /// <summary>Gets the day the allegation was made or came to the employer's attention.</summary>
    public LocalDate AllegationDate { get; }

    /// <summary>Gets the version of the harm test in force on <see cref="AllegationDate"/>, which the answer follows.</summary>
    public StatutoryRuleSet RuleSet { get; }

    /// <summary>Gets a value indicating whether the allegation meets the harm test: at least one limb in force on <see cref="AllegationDate"/> is met.</summary>
    public bool MeetsTest => LimbsMet.Count > 0;

    /// <summary>Gets what the test found: met, a low-level concern, or (before 1 September 2021) not met.</summary>
    public HarmTestFinding Finding => MeetsTest ? HarmTestFinding.MeetsHarmTest
        : AllegationDate >= HarmTest.LowLevelConcernsInForceFrom ? HarmTestFinding.LowLevelConcern
        : HarmTestFinding.DoesNotMeetHarmTest;

    /// <summary>Gets a value indicating whether the concern is a low-level concern for the employer (see <see cref="HarmTestFinding.LowLevelConcern"/>).</summary>
    public bool IsLowLevelConcern => Finding == HarmTestFinding.LowLevelConcern;

    /// <summary>Gets the limbs met that were in force on <see cref="AllegationDate"/>, in order.</summary>
    public IReadOnlyList<HarmTestLimb> LimbsMet { get; }

    /// <summary>Gets the limbs claimed that were not yet in force on <see cref="AllegationDate"/> (the suitability limb before 1 September 2020).</summary>
    public IReadOnlyList<HarmTestLimb> LimbsNotInForce { get; }

    /// <summary>
    /// Gets the last day for the referral to the LADO, one working day after <see cref="AllegationDate"/>,
    /// or <c>null</c> when the test is not met: a concern below the harm threshold is not referred.
    /// </summary>
    public LocalDate? ReferralDueBy { get; }

    /// <summary>Gets what to do, in one sentence.</summary>
    public string Advice => Finding switch
    {
        HarmTestFinding.MeetsHarmTest =>
            $"Meets the harm test (limb {string.Join(", ", LimbsMet.Select(limb => (int)limb))}): refer to the LADO within one working day, by {DisplayDates.Format(ReferralDueBy!.Value)}.",
        HarmTestFinding.LowLevelConcern =>
            "Does not meet the harm test: this is a low-level concern for the employer, not a referral to the LADO (Keeping Children Safe in Education, Part 4)."
            + NotInForceNote,
        _ =>
            "Does not meet the harm test, so it is not referred to the LADO. Record the concern and follow the employer's procedures; seek the LADO's advice if unsure."
            + NotInForceNote,
    };

    /// <summary>
    /// Gets what to do next, most urgent first: for a referral, the deadline; for a low-level concern,
    /// whom to tell and how to record it (Keeping Children Safe in Education 2021 and later, Part 4).
    /// </summary>
    public IReadOnlyList<string> NextSteps => Finding switch
    {
        HarmTestFinding.MeetsHarmTest =>
        [
            $"Refer the allegation to the LADO by {DisplayDates.Format(ReferralDueBy!.Value)}, within one working day.",
        ],
        HarmTestFinding.LowLevelConcern =>
        [
            "Tell the designated safeguarding lead (or a deputy), or the headteacher or principal, as your low-level concerns policy says; a concern about the headteacher goes to the chair of governors or the proprietor.",
            "Record it in writing under the low-level concerns policy: the concern, the context in which it arose, and the action taken.",
            "If more is learned, or concerns about the same person form a pattern, consider the harm test again; seek the LADO's advice if unsure.",
        ],
        _ =>
        [
            "Record the concern and follow the employer's procedures.",
            "Seek the LADO's advice if unsure.",
        ],
    };

    /// <summary>Tells whether a referral made on <paramref name="referredOn"/> was within one working day.</summary>
    /// <param name="referredOn">The day the LADO received the referral.</param>
    /// <returns><c>true</c> on or before <see cref="ReferralDueBy"/>.</returns>
    /// <exception cref="InvalidOperationException">The test is not met, so no referral was due.</exception>
    public bool IsReferralTimely(LocalDate referredOn) => ReferralDueBy is { } due
        ? referredOn <= due
        : throw new InvalidOperationException("The concern does not meet the harm test, so no referral to the LADO was due and its timeliness cannot be judged.");

    /// <summary>Returns the advice.</summary>
    /// <returns>Such as "Meets the harm test (limb 1, 2): refer to the LADO within one working day, by 2 September 2020.".</returns>
    public override string ToString() => Advice;

    private string NotInForceNote => LimbsNotInForce.Count > 0
        ? $" The suitability limb applies only to allegations from {DisplayDates.Format(HarmTest.SuitabilityLimbInForceFrom)}."
        : string.Empty;
}
