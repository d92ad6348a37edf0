using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// An allegation against a person who works with children, as the LADO records it for
/// timeliness and annual reporting. The case carries a pseudonymous <see cref="Reference"/>,
/// never the name of the person or the child.
/// </summary>
public sealed class AllegationCase
{
    /// <summary>Creates a case.</summary>
    /// <param name="reference">The pseudonymous case reference.</param>
    /// <param name="referredOn">The day the LADO received the referral; timeliness is measured from it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="reference"/> is <c>null</c>.</exception>
    public AllegationCase(CaseReference reference, LocalDate referredOn)
    {
        Reference = Preconditions.CheckNotNull(reference);
        ReferredOn = referredOn;
    }

    /// <summary>Gets the pseudonymous case reference.</summary>
    public CaseReference Reference { get; }

    /// <summary>Gets the day the LADO received the referral.</summary>
    public LocalDate ReferredOn { get; }

    /// <summary>Gets the day the allegation was made or came to the employer's attention, or <c>null</c> when not recorded. The default is <c>null</c>.</summary>
    /// <exception cref="ArgumentException">The value is after <see cref="ReferredOn"/>.</exception>
    public LocalDate? AllegationMadeOn
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || value <= ReferredOn, nameof(AllegationMadeOn), "Allegation date must not be later than the referral date.");
            field = value;
        }
    }

    /// <summary>Gets the day the case was closed, or <c>null</c> while it is open. The default is <c>null</c>.</summary>
    /// <exception cref="ArgumentException">The value is before <see cref="ReferredOn"/>.</exception>
    public LocalDate? ClosedOn
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || value >= ReferredOn, nameof(ClosedOn), "Closure date must not be earlier than the referral date.");
            field = value;
        }
    }

    /// <summary>Gets the day the employer (or the voluntary organisation) was told of the allegation, or <c>null</c> when not recorded. The default is <c>null</c>.</summary>
    public LocalDate? EmployerToldOn { get; init; }

    /// <summary>
    /// Gets the day of the first evaluation or strategy meeting (or discussion) about the allegation,
    /// or <c>null</c> when none was held or it is not recorded. The default is <c>null</c>.
    /// </summary>
    public LocalDate? EvaluationOrStrategyMeetingOn { get; init; }

    /// <summary>Gets the name of the agency that referred the allegation, such as "Riverside Academy Trust", or <c>null</c> when not recorded. Never a person's name. The default is <c>null</c>.</summary>
    /// <exception cref="ArgumentException">The value is longer than 200 characters.</exception>
    public string? ReferringAgency
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || value.Trim().Length <= MaxTextLength, nameof(ReferringAgency), $"Expected the referring agency's name in at most {MaxTextLength} characters.");
            field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }

    /// <summary>Gets the sector of the agency that referred the allegation. The default is <see cref="AgencySector.Other"/>.</summary>
    public AgencySector ReferringSector { get; init; }

    /// <summary>Gets the sector of the employer (or voluntary organisation) of the person the allegation is about. The default is <see cref="AgencySector.Other"/>.</summary>
    public AgencySector EmployerSector { get; init; }

    /// <summary>
    /// Gets the limbs of the harm test the LADO judged were met, in order, each once (see
    /// <see cref="HarmTest"/>); empty when not recorded. The default is empty.
    /// </summary>
    /// <exception cref="ArgumentNullException">The value is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">The value holds something that is not a limb, 1 to 4.</exception>
    public IReadOnlyList<HarmTestLimb> HarmTestLimbs
    {
        get;
        init
        {
            var limbs = Preconditions.CheckNotNull(value).Distinct().Order().ToList();
            Preconditions.CheckArgument(limbs.All(Enum.IsDefined), nameof(HarmTestLimbs), "Expected harm test limbs 1 to 4.");
            field = limbs;
        }
    } = [];

    /// <summary>Gets the outcome, or <c>null</c> while none is recorded.</summary>
    public AllegationOutcome? Outcome { get; init; }

    /// <summary>
    /// Gets a value indicating whether the LADO has recorded the case as one of "the most
    /// exceptional" that may take longer than twelve months, such as one awaiting criminal
    /// proceedings. The default is <c>false</c>.
    /// </summary>
    public bool IsExceptional { get; init; }

    /// <summary>
    /// Gets why the case is exceptional, in a sentence that names no one, such as "Awaiting the
    /// outcome of criminal proceedings"; <c>null</c> when it is not. Required when
    /// <see cref="IsExceptional"/> is set (<see cref="AllegationCaseRules"/>). The default is <c>null</c>.
    /// </summary>
    /// <exception cref="ArgumentException">The value is longer than 500 characters.</exception>
    public string? ExceptionalDelayReason
    {
        get;
        init
        {
            Preconditions.CheckArgument(value is null || value.Trim().Length <= MaxReasonLength, nameof(ExceptionalDelayReason), $"Expected the reason for the delay in at most {MaxReasonLength} characters.");
            field = string.IsNullOrWhiteSpace(value) ? null : value.Trim();
        }
    }

    /// <summary>
    /// Gets the day by which the LADO reviews whether the record is still kept, under the authority's
    /// retention policy; <c>null</c> when none is set. The default is <c>null</c>.
    /// </summary>
    public LocalDate? ReviewBy { get; init; }

    /// <summary>The most characters a referring agency's name may have.</summary>
    public const int MaxTextLength = 200;

    /// <summary>The most characters the reason for an exceptional delay may have.</summary>
    public const int MaxReasonLength = 500;

    /// <summary>Tells whether the allegation was referred to the LADO within one working day of being made (see <see cref="HarmTest.ReferralDueBy"/>).</summary>
    /// <param name="calendar">The working-day calendar; <c>null</c> for <see cref="WorkingDayCalendar.EnglandAndWales"/>.</param>
    /// <returns><c>true</c> or <c>false</c>; <c>null</c> when <see cref="AllegationMadeOn"/> is not recorded.</returns>
    public bool? WasReferredWithinOneWorkingDay(WorkingDayCalendar? calendar = null) =>
        AllegationMadeOn is { } made ? ReferredOn <= HarmTest.ReferralDueBy(made, calendar) : null;

    /// <summary>Tells whether the case was open at the end of <paramref name="asAt"/>.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns><c>true</c> when it had not been closed on or before <paramref name="asAt"/>.</returns>
    public bool IsOpen(LocalDate asAt) => ClosedOn is not { } closed || closed > asAt;

    /// <summary>Returns the reference and dates; never a name.</summary>
    /// <returns>Such as "LADO-2015-001 referred 1 April 2015, closed 20 April 2015".</returns>
    public override string ToString() =>
        $"{Reference} referred {DisplayDates.Format(ReferredOn)}"
        + (ClosedOn is { } closed ? $", closed {DisplayDates.Format(closed)}" : ", open");
}
