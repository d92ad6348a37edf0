using Ardalis.Specification;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>Actions with a given derived RAG rating as at a date, in plan order.</summary>
/// <remarks>
/// The rating is derived by <see cref="RagRules"/> from each action's history, so this specification
/// is evaluated in memory (<see cref="InMemorySpecificationEvaluator"/>), not by a database.
/// </remarks>
public sealed class ActionsByRatingSpec : Specification<PlanAction>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="plan">The plan the actions belong to.</param>
    /// <param name="rating">The rating wanted.</param>
    /// <param name="asAt">The date to rate as at.</param>
    /// <param name="options">Rule settings; <c>null</c> for the defaults.</param>
    public ActionsByRatingSpec(BusinessPlan plan, RagRating rating, LocalDate asAt, RagRuleOptions? options = null)
    {
        Preconditions.CheckNotNull(plan);
        Query.Where(action => RagRules.Assess(plan, action, asAt, options).Rating == rating);
    }
}
