namespace Safeguarding.Domain.BusinessPlans;

/// <summary>A Local Safeguarding Children Board (or safeguarding children partnership) and its members.</summary>
public sealed class Board
{
    /// <summary>Gets the board's name, such as "Herefordshire Safeguarding Children Board".</summary>
    public required string Name { get; init; }

    /// <summary>Gets its short name, such as "HSCB", or <c>null</c>.</summary>
    public string? ShortName { get; init; }

    /// <summary>Gets its vision statement, verbatim, or <c>null</c>.</summary>
    public string? Vision { get; init; }

    /// <summary>Gets its member agencies.</summary>
    public IReadOnlyList<Agency> Agencies { get; init; } = [];

    /// <summary>Gets its sub-groups.</summary>
    public IReadOnlyList<SubGroup> SubGroups { get; init; } = [];

    /// <summary>Finds a member agency by name or short name (ignoring case).</summary>
    /// <param name="name">The name as written.</param>
    /// <returns>The agency, or <c>null</c>.</returns>
    public Agency? FindAgency(string? name) => Agencies.FirstOrDefault(agency => agency.IsNamed(name));

    /// <summary>Returns the board's name.</summary>
    /// <returns>The name.</returns>
    public override string ToString() => Name;
}
