using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Widgets.Security;

/// <summary>The resource of <see cref="SafeguardingPolicies.RecordProgressOnAction"/>: an action of a plan.</summary>
/// <param name="Plan">The plan (its board names the agencies).</param>
/// <param name="Action">The action.</param>
public sealed record ProgressTarget(BusinessPlan Plan, PlanAction Action);
