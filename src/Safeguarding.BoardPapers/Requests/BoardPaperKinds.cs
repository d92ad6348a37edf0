namespace Safeguarding.BoardPapers.Requests;

/// <summary>The names of <see cref="BoardPaperKind"/> in addresses, such as "exception-report".</summary>
public static class BoardPaperKinds
{
    private static readonly Dictionary<BoardPaperKind, string> Names = new()
    {
        [BoardPaperKind.ExceptionReport] = "exception-report",
        [BoardPaperKind.ActionPlan] = "action-plan",
        [BoardPaperKind.Scorecard] = "scorecard",
        [BoardPaperKind.ProgressHistory] = "progress-history",
        [BoardPaperKind.UpdatesDue] = "updates-due",
        [BoardPaperKind.YearlyReport] = "yearly-report",
    };

    /// <summary>Gets the papers of a business plan: those built from one plan alone, in the order links list them.</summary>
    public static IReadOnlyList<BoardPaperKind> OfAPlan { get; } =
        [BoardPaperKind.ExceptionReport, BoardPaperKind.ActionPlan, BoardPaperKind.ProgressHistory, BoardPaperKind.UpdatesDue];

    /// <summary>Gets the paper's name in addresses.</summary>
    /// <param name="kind">The paper.</param>
    /// <returns>Such as "exception-report".</returns>
    public static string Name(this BoardPaperKind kind) =>
        Names.TryGetValue(kind, out var name) ? name : throw new ArgumentOutOfRangeException(nameof(kind), kind, "Expected a defined board paper.");

    /// <summary>Tells whether the paper is built from a business plan (every paper but the scorecard; the yearly report takes the plan of its year).</summary>
    /// <param name="kind">The paper.</param>
    /// <returns><c>true</c> when the host must load a plan for it.</returns>
    public static bool UsesPlan(this BoardPaperKind kind) => kind != BoardPaperKind.Scorecard;

    /// <summary>Reads a paper from its name in an address, exactly (lower case, as links write it).</summary>
    /// <param name="name">Such as "exception-report".</param>
    /// <param name="allowed">The papers the address may name.</param>
    /// <param name="kind">The paper, when the method returns <c>true</c>.</param>
    /// <returns><c>true</c> when the name is one of <paramref name="allowed"/>'s.</returns>
    public static bool TryParse(string? name, IEnumerable<BoardPaperKind> allowed, out BoardPaperKind kind)
    {
        ArgumentNullException.ThrowIfNull(allowed);
        foreach (var candidate in allowed)
        {
            if (string.Equals(candidate.Name(), name, StringComparison.Ordinal))
            {
                kind = candidate;
                return true;
            }
        }
        kind = default;
        return false;
    }

    /// <summary>Lists papers' names for an error message.</summary>
    /// <param name="kinds">The papers.</param>
    /// <returns>Such as "exception-report, action-plan".</returns>
    public static string List(IEnumerable<BoardPaperKind> kinds) => string.Join(", ", kinds.Select(kind => kind.Name()));
}
