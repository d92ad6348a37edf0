namespace Safeguarding.Domain.PrivateFostering;

/// <summary>
/// A board's or authority's own grace period on a notification due "immediately": not the law,
/// which means the same day, but a local rule, labelled so that every check it changes says so.
/// </summary>
/// <param name="Length">How long after the statutory day the notification still counts as on time, such as two days for "within 48 hours".</param>
/// <param name="Label">Whose rule it is, in words, such as "Herefordshire's private fostering procedure: 48 hours".</param>
public sealed record LocalGracePeriod(Period Length, string Label)
{
    /// <summary>Gets how long after the statutory day the notification still counts as on time.</summary>
    /// <exception cref="ArgumentException">The value is negative or has a time part.</exception>
    public Period Length { get; init; } = CheckLength(Length);

    /// <summary>Gets whose rule it is.</summary>
    /// <exception cref="ArgumentException">The value is blank.</exception>
    public string Label { get; init; } = Preconditions.CheckNotBlank(Label);

    /// <summary>Returns the label and the length.</summary>
    /// <returns>Such as "local rule: Herefordshire's private fostering procedure: 48 hours (P2D)".</returns>
    public override string ToString() => $"local rule: {Label} ({Length})";

    private static Period CheckLength(Period length)
    {
        Preconditions.CheckNotNull(length);
        Preconditions.CheckArgument(!length.HasTimeComponent && length.Normalize().Days >= 0 && length.Normalize().Months >= 0 && length.Normalize().Years >= 0,
            nameof(Length), "Expected a grace period of whole days, weeks, months or years, not negative.");
        return length;
    }
}
