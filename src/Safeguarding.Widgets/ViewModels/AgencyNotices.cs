using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>What a widget says when it is given an agency the plan does not know, rather than the false reassurance of "nothing due".</summary>
internal static class AgencyNotices
{
    /// <summary>Gets the sentence for an unknown agency, or <c>null</c> when the plan knows it (by name or short name, or as a lead).</summary>
    internal static string? Unknown(BusinessPlan plan, string? agency, string what) =>
        agency is null
        || plan.Board.FindAgency(agency) is not null
        || plan.Actions.Any(action => string.Equals(action.Lead.AgencyName, agency.Trim(), StringComparison.OrdinalIgnoreCase))
            ? null
            : $"The plan has no agency called \"{agency.Trim()}\", so no {what} can be listed for it. The agencies the plan knows are: "
              + string.Join(", ", plan.Board.Agencies.Select(known => known.ShortName is null ? known.Name : $"{known.Name} ({known.ShortName})"))
              + ". Use one of these names or short names.";
}
