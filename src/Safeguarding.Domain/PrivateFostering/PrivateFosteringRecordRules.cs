namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// What the private fostering register checks before it stores a record, beyond what each field
/// checks on its own: the authority knows of the arrangement, dates are not in the future (but the
/// start of a proposed arrangement), the regulations were in force, and visits fall while the
/// authority knew of the arrangement and before it ended. Each problem names its field.
/// </summary>
public static class PrivateFosteringRecordRules
{
    /// <summary>Checks a record as the register would store it on <paramref name="today"/>.</summary>
    /// <param name="record">The record.</param>
    /// <param name="today">Today.</param>
    /// <returns>Every problem found, each naming its field (the arrangement's property, or "Visits"); empty when the record may be stored.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="record"/> is <c>null</c>.</exception>
    public static IReadOnlyList<FieldError> Check(PrivateFosteringRecord record, LocalDate today)
    {
        Preconditions.CheckNotNull(record);
        var arrangement = record.Arrangement;
        var errors = new List<FieldError>();
        void NotBeforeRegulations(LocalDate? date, string field, string what)
        {
            if (date is { } value && value < PrivateFosteringNotifications.RegulationsInForceFrom)
            {
                errors.Add(new(field, $"Expected the date {what} on or after {DisplayDates.Format(PrivateFosteringNotifications.RegulationsInForceFrom)}, when the Children (Private Arrangements for Fostering) Regulations 2005 came into force, but found {DisplayDates.Format(value)}."));
            }
        }

        errors.NotAfterToday(arrangement.DateOfBirth, today, nameof(PrivateFosteringArrangement.DateOfBirth), "of birth");
        errors.NotAfterToday(arrangement.ProposedOn, today, nameof(PrivateFosteringArrangement.ProposedOn), "the arrangement was agreed");
        errors.NotAfterToday(arrangement.AuthorityAwareOn, today, nameof(PrivateFosteringArrangement.AuthorityAwareOn), "the authority became aware");
        errors.NotAfterToday(arrangement.NotifiedOn, today, nameof(PrivateFosteringArrangement.NotifiedOn), "of the notification");
        errors.NotAfterToday(arrangement.End, today, nameof(PrivateFosteringArrangement.End), "the child left");
        errors.NotAfterToday(arrangement.EndNotifiedOn, today, nameof(PrivateFosteringArrangement.EndNotifiedOn), "the end was notified");
        NotBeforeRegulations(arrangement.Start, nameof(PrivateFosteringArrangement.Start), "the arrangement started");
        NotBeforeRegulations(arrangement.ProposedOn, nameof(PrivateFosteringArrangement.ProposedOn), "the arrangement was agreed");
        NotBeforeRegulations(arrangement.AuthorityAwareOn, nameof(PrivateFosteringArrangement.AuthorityAwareOn), "the authority became aware");
        NotBeforeRegulations(arrangement.NotifiedOn, nameof(PrivateFosteringArrangement.NotifiedOn), "of the notification");

        if (arrangement.AuthorityAwareOn is null && arrangement.NotifiedOn is null)
        {
            errors.Add(new(nameof(PrivateFosteringArrangement.AuthorityAwareOn), "Give the day the authority became aware of the arrangement, or the day it was notified: visits are timed from it (SI 2005/1533 reg 8(6))."));
        }
        if (arrangement.ProposedOn is { } proposed && arrangement.NotifiedOn is { } notified && notified < proposed)
        {
            errors.Add(new(nameof(PrivateFosteringArrangement.NotifiedOn), $"Expected the notification on or after the arrangement was agreed, {DisplayDates.Format(proposed)}, but found {DisplayDates.Format(notified)}."));
        }
        if (arrangement.EndNotifiedOn is { } endNotified)
        {
            if (arrangement.End is not { } end)
            {
                errors.Add(new(nameof(PrivateFosteringArrangement.EndNotifiedOn), "The end of the arrangement is notified, but no end date is given: give the day the child left."));
            }
            else if (endNotified < end)
            {
                errors.Add(new(nameof(PrivateFosteringArrangement.EndNotifiedOn), $"Expected the end to be notified on or after the child left, {DisplayDates.Format(end)}, but found {DisplayDates.Format(endNotified)}."));
            }
        }

        var awareOn = arrangement.AuthorityAwareOn ?? arrangement.NotifiedOn;
        foreach (var visit in record.Visits)
        {
            if (visit.Date > today)
            {
                errors.Add(new("Visits", $"Expected visits on or before today, {DisplayDates.Format(today)}, but one is on {DisplayDates.Format(visit.Date)}."));
            }
            else if (awareOn is { } aware && visit.Date < aware)
            {
                errors.Add(new("Visits", $"A visit on {DisplayDates.Format(visit.Date)} is before the authority became aware of the arrangement, on {DisplayDates.Format(aware)}."));
            }
            else if (arrangement.End is { } end && visit.Date > end)
            {
                errors.Add(new("Visits", $"A visit on {DisplayDates.Format(visit.Date)} is after the arrangement ended, on {DisplayDates.Format(end)}: only visits while the child was privately fostered belong in the register."));
            }
        }
        return errors;
    }
}
