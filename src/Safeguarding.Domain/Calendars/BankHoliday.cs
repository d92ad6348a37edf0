namespace Safeguarding.Domain.Calendars;

/// <summary>A bank holiday in England and Wales: its date and the name people know it by.</summary>
/// <param name="Date">The day offices close, after any substitution (such as Monday 27 December 2021 for Christmas Day).</param>
/// <param name="Name">Such as "Christmas Day (substitute day)" or "Platinum Jubilee bank holiday".</param>
public sealed record BankHoliday(LocalDate Date, string Name)
{
    /// <summary>Returns the date and name, such as "27 December 2021 Christmas Day (substitute day)".</summary>
    /// <returns>The date in en-GB long form and the name.</returns>
    public override string ToString() => $"{DisplayDates.Format(Date)} {Name}";
}
