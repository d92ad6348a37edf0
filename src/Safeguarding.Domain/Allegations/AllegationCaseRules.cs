namespace Safeguarding.Domain.Allegations;

/// <summary>
/// What the allegations register checks before it stores a case, beyond what each field checks on
/// its own: the dates in order and not in the future, limbs of the harm test that were in force on
/// the allegation's date, and a reason for every exceptional delay. Each problem names its field
/// (the property's name) and what was expected; the spreadsheet import names the column instead.
/// </summary>
public static class AllegationCaseRules
{
    /// <summary>Checks a case as the register would store it on <paramref name="today"/>.</summary>
    /// <param name="allegation">The case.</param>
    /// <param name="today">Today: no date but the review date may be later.</param>
    /// <returns>Every problem found, each naming its field; empty when the case may be stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="allegation"/> is <c>null</c>.</exception>
    public static IReadOnlyList<FieldError> Check(AllegationCase allegation, LocalDate today)
    {
        Preconditions.CheckNotNull(allegation);
        var errors = new List<FieldError>();
        errors.NotAfterToday(allegation.AllegationMadeOn, today, nameof(AllegationCase.AllegationMadeOn), "the allegation was made");
        errors.NotAfterToday(allegation.EmployerToldOn, today, nameof(AllegationCase.EmployerToldOn), "the employer was told");
        errors.NotAfterToday(allegation.ReferredOn, today, nameof(AllegationCase.ReferredOn), "of the referral");
        errors.NotAfterToday(allegation.EvaluationOrStrategyMeetingOn, today, nameof(AllegationCase.EvaluationOrStrategyMeetingOn), "of the meeting");
        errors.NotAfterToday(allegation.ClosedOn, today, nameof(AllegationCase.ClosedOn), "the case was closed");

        if (allegation.EmployerToldOn is { } told && allegation.AllegationMadeOn is { } made && told < made)
        {
            errors.Add(new(nameof(AllegationCase.EmployerToldOn), $"Expected the employer to be told on or after the allegation was made, {DisplayDates.Format(made)}, but found {DisplayDates.Format(told)}."));
        }
        if (allegation.EvaluationOrStrategyMeetingOn is { } meeting)
        {
            if (meeting < allegation.ReferredOn)
            {
                errors.Add(new(nameof(AllegationCase.EvaluationOrStrategyMeetingOn), $"Expected the meeting on or after the referral, {DisplayDates.Format(allegation.ReferredOn)}, but found {DisplayDates.Format(meeting)}."));
            }
            else if (allegation.ClosedOn is { } closed && meeting > closed)
            {
                errors.Add(new(nameof(AllegationCase.EvaluationOrStrategyMeetingOn), $"Expected the meeting on or before the case was closed, {DisplayDates.Format(closed)}, but found {DisplayDates.Format(meeting)}."));
            }
        }
        if (allegation.ReviewBy is { } review && review < allegation.ReferredOn)
        {
            errors.Add(new(nameof(AllegationCase.ReviewBy), $"Expected the retention review date on or after the referral, {DisplayDates.Format(allegation.ReferredOn)}, but found {DisplayDates.Format(review)}."));
        }

        // The suitability limb applies only to allegations from 1 September 2020 (KCSIE 2020): a case
        // before then recorded as meeting it alone would be a wrong answer, so it is refused.
        var allegationDate = allegation.AllegationMadeOn ?? allegation.ReferredOn;
        foreach (var limb in allegation.HarmTestLimbs.Where(limb => !HarmTest.IsInForce(limb, allegationDate)))
        {
            errors.Add(new(nameof(AllegationCase.HarmTestLimbs),
                $"Limb {(int)limb} of the harm test applies only to allegations from {DisplayDates.Format(HarmTest.SuitabilityLimbInForceFrom)}, and this allegation is dated {DisplayDates.Format(allegationDate)}."));
        }

        if (allegation.IsExceptional && allegation.ExceptionalDelayReason is null)
        {
            errors.Add(new(nameof(AllegationCase.ExceptionalDelayReason), "Give the reason the case is exceptional, such as \"Awaiting the outcome of criminal proceedings\"."));
        }
        else if (!allegation.IsExceptional && allegation.ExceptionalDelayReason is not null)
        {
            errors.Add(new(nameof(AllegationCase.ExceptionalDelayReason), "A reason for an exceptional delay is given, but the case is not marked exceptional: mark it exceptional, or leave the reason empty."));
        }
        return errors;
    }
}
