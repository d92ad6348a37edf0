namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>An action area as stored, with the number of the priority it belongs to.</summary>
public sealed class ActionAreaRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the identifier of the plan it belongs to.</summary>
    public int BusinessPlanId { get; set; }

    /// <summary>Gets or sets its place in the plan, from 0.</summary>
    public int Position { get; set; }

    /// <summary>Gets or sets the number of the priority it belongs to.</summary>
    public string PriorityNumber { get; set; } = string.Empty;

    /// <summary>Gets or sets its ref, unique in the plan, such as "3.4".</summary>
    public string Ref { get; set; } = string.Empty;

    /// <summary>Gets or sets its title.</summary>
    public string Title { get; set; } = string.Empty;

    /// <summary>Gets or sets its driver, or <c>null</c>.</summary>
    public string? Driver { get; set; }

    /// <summary>Gets or sets the review plan points it is cross-referenced to, as JSON.</summary>
    public string ReviewPlanPointsJson { get; set; } = "[]";

    /// <summary>Gets or sets the sub-group that monitors it, or <c>null</c>.</summary>
    public string? MonitoredBy { get; set; }

    /// <summary>Gets or sets who has strategic oversight, or <c>null</c>.</summary>
    public string? StrategicOversight { get; set; }

    /// <summary>Gets or sets the impact expected, or <c>null</c>.</summary>
    public string? ExpectedImpact { get; set; }
}
