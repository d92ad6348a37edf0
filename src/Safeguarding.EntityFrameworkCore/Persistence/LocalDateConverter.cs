using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// Stores a NodaTime <see cref="LocalDate"/> as a <see cref="DateOnly"/>, which every provider maps
/// natively (ISO text in SQLite, <c>date</c> in PostgreSQL), so no NodaTime plugin is needed and
/// date comparisons still run in SQL.
/// </summary>
internal sealed class LocalDateConverter : ValueConverter<LocalDate, DateOnly>
{
    public LocalDateConverter()
        : base(date => date.ToDateOnly(), date => LocalDate.FromDateOnly(date))
    {
    }
}
