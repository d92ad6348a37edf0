namespace Safeguarding.Domain;

/// <summary>The registers' checks of a date against a bound, each naming its field and saying what was expected.</summary>
internal static class RegisterDateChecks
{
    /// <summary>Adds an error when <paramref name="date"/> is after today.</summary>
    /// <param name="errors">Where the error goes.</param>
    /// <param name="date">The date, or <c>null</c> when not recorded (no error).</param>
    /// <param name="today">Today.</param>
    /// <param name="field">The field's name.</param>
    /// <param name="what">What the date is, after "the date", such as "of the referral".</param>
    internal static void NotAfterToday(this List<FieldError> errors, LocalDate? date, LocalDate today, string field, string what)
    {
        if (date is { } value && value > today)
        {
            errors.Add(new(field, $"Expected the date {what} on or before today, {DisplayDates.Format(today)}, but found {DisplayDates.Format(value)}."));
        }
    }
}
