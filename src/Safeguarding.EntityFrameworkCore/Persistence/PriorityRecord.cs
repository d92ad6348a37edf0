namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>A plan's priority as stored.</summary>
public sealed class PriorityRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the identifier of the plan it belongs to.</summary>
    public int BusinessPlanId { get; set; }

    /// <summary>Gets or sets its place in the plan, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets its number, such as "3".</summary>
    public string Number { get; set; } = string.Empty;

    /// <summary>Gets or sets its title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets its development priorities as JSON.</summary>
    public string DevelopmentPrioritiesJson { get; set; } = "[]";
}
