namespace Safeguarding.Domain.Rag;

/// <summary>Settings for the RAG rules.</summary>
public sealed class RagRuleOptions
{
    /// <summary>Creates options with the defaults.</summary>
    public RagRuleOptions()
    {
        RiskWindowDays = DefaultRiskWindowDays;
    }

    /// <summary>The default risk window: 30 days.</summary>
    internal const int DefaultRiskWindowDays = 30;

    /// <summary>
    /// Gets or sets how many days before its due date an action not rated green becomes amber.
    /// The default is 30.
    /// </summary>
    public int RiskWindowDays { get; set; }

    /// <summary>
    /// Gets or sets the reporting cycle in days, overriding the plan's own; an action with no update
    /// for longer is stale. The default is <c>null</c>: use the plan's reporting cycle.
    /// </summary>
    public int? ReportingCycleDays { get; set; }
}
