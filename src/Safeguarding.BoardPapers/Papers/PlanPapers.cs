using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.BoardPapers.Papers;

/// <summary>What the papers of a business plan share: the plan as it stood, and the agency named.</summary>
internal static class PlanPapers
{
    /// <summary>The plan as board reports count it, as it stood on an instant when one is given.</summary>
    internal static BusinessPlan Reported(BusinessPlan plan, Instant? asItStoodOn)
    {
        ArgumentNullException.ThrowIfNull(plan);
        return (asItStoodOn is { } instant ? plan.AsItStoodOn(instant) : plan).ForBoardReports();
    }

    /// <summary>The board's own name for an agency given by name or short name.</summary>
    /// <exception cref="ArgumentException">The board names no such agency; the message lists those it names.</exception>
    internal static string AgencyName(BusinessPlan plan, string agency, string paramName) =>
        FindAgencyName(plan, agency) ?? throw new ArgumentException(UnknownAgency(plan, agency), paramName);

    /// <summary>The board's own name for an agency given by name or short name, or <c>null</c> when the board and the plan's leads name no such agency.</summary>
    internal static string? FindAgencyName(BusinessPlan plan, string agency) =>
        plan.Board.FindAgency(agency)?.Name
        ?? plan.Actions.Select(action => action.Lead.AgencyName).FirstOrDefault(name => string.Equals(name, agency.Trim(), StringComparison.OrdinalIgnoreCase));

    /// <summary>What is said of an agency the plan does not name: the agencies it does.</summary>
    internal static string UnknownAgency(BusinessPlan plan, string agency) =>
        $"Expected a lead agency of the plan \"{plan.Title}\" ({Known(plan)}), but found \"{agency}\".";

    /// <summary>A name as it goes in a file name: "Herefordshire Council" as "herefordshire-council".</summary>
    internal static string Slug(string text) =>
        string.Join("-", new string([.. text.ToLowerInvariant().Select(character => char.IsAsciiLetterOrDigit(character) ? character : ' ')])
            .Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Known(BusinessPlan plan)
    {
        var names = plan.Board.Agencies.Select(agency => agency.Name)
            .Concat(plan.Actions.Select(action => action.Lead.AgencyName).OfType<string>())
            .Distinct(StringComparer.OrdinalIgnoreCase).Order(StringComparer.Ordinal).Select(name => $"\"{name}\"").ToList();
        return names.Count == 0 ? "it names none" : string.Join(", ", names);
    }
}
