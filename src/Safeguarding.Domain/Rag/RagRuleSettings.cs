using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Rag;

/// <summary>
/// What the RAG rules need from a plan and the <see cref="RagRuleOptions"/>, read once for a plan
/// rather than for each action: the dimension that tracks completion, the risk window and the
/// reporting cycle.
/// </summary>
internal readonly record struct RagRuleSettings(RagDimension Dimension, int RiskWindowDays, int ReportingCycleDays)
{
    /// <summary>Reads the settings for a plan.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="options">The options, or <c>null</c> for the defaults.</param>
    /// <returns>The settings.</returns>
    public static RagRuleSettings For(BusinessPlan plan, RagRuleOptions? options) => new(
        plan.RagScheme.CompletionDimension,
        options?.RiskWindowDays ?? RagRuleOptions.DefaultRiskWindowDays,
        options?.ReportingCycleDays ?? plan.ReportingCycleDays);
}
