namespace Safeguarding.Domain.BusinessPlans;

/// <summary>What happened to a revised version of a plan offered to a store.</summary>
public enum PlanRevisionStatus
{
    /// <summary>The revision was stored over the plan, keeping every action's recorded progress.</summary>
    Stored,

    /// <summary>The revision removes actions that have recorded progress, and dropping them was not allowed; nothing was stored.</summary>
    Refused,

    /// <summary>Someone stored another revision of the plan after the one the revision was made from; nothing was stored.</summary>
    Conflict,

    /// <summary>There is no plan with the revision's key; nothing was stored.</summary>
    NotFound,
}
