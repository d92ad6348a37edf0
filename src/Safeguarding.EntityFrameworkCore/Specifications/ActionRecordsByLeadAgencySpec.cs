using Ardalis.Specification;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore.Specifications;

/// <summary>
/// "Our actions" in SQL: the stored actions an agency leads, in ref order. The database
/// counterpart of the domain's <c>ActionsByLeadAgencySpec</c>.
/// </summary>
public sealed class ActionRecordsByLeadAgencySpec : Specification<PlanActionRecord>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="agencyName">The agency's name as the board knows it.</param>
    /// <exception cref="ArgumentException"><paramref name="agencyName"/> is blank.</exception>
    public ActionRecordsByLeadAgencySpec(string agencyName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(agencyName);
        Query.Where(action => action.LeadAgencyName == agencyName)
            .OrderBy(action => action.Ref);
    }
}
