using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// A board's business plan: its priorities, action areas and actions, rated with the plan's RAG
/// scheme.
/// </summary>
public sealed class BusinessPlan
{
    /// <summary>Gets the key that identifies the plan in a store and in addresses, such as "hscb-business-plan-2014-15".</summary>
    /// <value>Lower-case letters, digits and hyphens; the importer uses the file name.</value>
    public required string Key { get; init; }

    /// <summary>Gets the board whose plan it is.</summary>
    public required Board Board { get; init; }

    /// <summary>Gets the plan's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets its version, such as "Version 3 – November 2014", or <c>null</c>.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the period it covers.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>Gets what the board calls its priorities. The default is "Priority".</summary>
    public string PriorityTerm { get; init; } = "Priority";

    /// <summary>Gets the RAG scheme its actions are rated with.</summary>
    public required RagScheme RagScheme { get; init; }

    /// <summary>Gets how often progress is expected, in days; an action with no update for longer is stale. The default is 92 (a quarter).</summary>
    public int ReportingCycleDays { get; init; } = 92;

    /// <summary>Gets the plan's reference key of source documents.</summary>
    public IReadOnlyList<SourceReference> SourceReferences { get; init; } = [];

    /// <summary>Gets its child-centred aims, verbatim.</summary>
    public IReadOnlyList<string> Aims { get; init; } = [];

    /// <summary>Gets its outcome measures, verbatim.</summary>
    public IReadOnlyList<string> OutcomeMeasures { get; init; } = [];

    /// <summary>Gets its priorities in plan order.</summary>
    public required IReadOnlyList<Priority> Priorities { get; init; }

    /// <summary>Gets the document or file the plan was read from, or <c>null</c>.</summary>
    public string? Source { get; init; }

    /// <summary>Gets every action in plan order.</summary>
    public IEnumerable<PlanAction> Actions => Priorities.SelectMany(priority => priority.Actions);

    /// <summary>Gets every action area in plan order.</summary>
    public IEnumerable<ActionArea> ActionAreas => Priorities.SelectMany(priority => priority.ActionAreas);

    /// <summary>Finds an action by its ref.</summary>
    /// <param name="actionRef">The ref, such as "4.12".</param>
    /// <returns>The action, or <c>null</c>.</returns>
    public PlanAction? FindAction(string actionRef) =>
        Actions.FirstOrDefault(action => string.Equals(action.Ref, actionRef, StringComparison.Ordinal));

    /// <summary>Returns the board and title.</summary>
    /// <returns>The plan's name.</returns>
    public override string ToString() => $"{Board.Name}: {Title}";
}
