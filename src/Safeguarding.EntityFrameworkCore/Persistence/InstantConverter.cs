using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// Stores a NodaTime <see cref="Instant"/> as a 64-bit integer of ticks (100 ns) since the Unix
/// epoch, which every provider maps the same way (<c>INTEGER</c> in SQLite, <c>bigint</c> in
/// PostgreSQL): no NodaTime plugin, no time zone, exact to the tick and ordered in SQL.
/// </summary>
internal sealed class InstantConverter : ValueConverter<Instant, long>
{
    public InstantConverter()
        : base(instant => instant.ToUnixTimeTicks(), ticks => Instant.FromUnixTimeTicks(ticks))
    {
    }
}
