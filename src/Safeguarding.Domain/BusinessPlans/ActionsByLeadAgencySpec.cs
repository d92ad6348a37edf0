using Ardalis.Specification;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>"Our actions": the actions an agency leads, in ref order.</summary>
public sealed class ActionsByLeadAgencySpec : Specification<PlanAction>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="agencyName">The agency's name as the board knows it (<see cref="Agency.Name"/>).</param>
    public ActionsByLeadAgencySpec(string agencyName)
    {
        Preconditions.CheckNotBlank(agencyName);
        Query.Where(action => action.Lead.AgencyName == agencyName)
            .OrderBy(action => action.Ref);
    }
}
