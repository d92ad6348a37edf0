namespace Safeguarding.Domain.BusinessPlans;

/// <summary>A partner agency of a board: a council, an NHS trust, a police force, a school.</summary>
/// <param name="Name">The agency's name, such as "Herefordshire Council".</param>
/// <param name="ShortName">The name plans use for it, such as "HSCB"; <c>null</c> when it has none.</param>
/// <param name="Sector">Its sector.</param>
public sealed record Agency(string Name, string? ShortName, AgencySector Sector)
{
    /// <summary>Tells whether <paramref name="name"/> is this agency's name or short name (ignoring case).</summary>
    /// <param name="name">A name as written in a plan.</param>
    /// <returns><c>true</c> when it names this agency.</returns>
    public bool IsNamed(string? name) =>
        name is not null
        && (string.Equals(Name, name.Trim(), StringComparison.OrdinalIgnoreCase)
            || string.Equals(ShortName, name.Trim(), StringComparison.OrdinalIgnoreCase));
}
