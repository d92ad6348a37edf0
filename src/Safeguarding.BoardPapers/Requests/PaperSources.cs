using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.BoardPapers.Requests;

/// <summary>
/// Where a host's board papers come from: the plan it loaded from its store (after its own checks of
/// who may read it), its scorecards and yearly report, today's date from its clock, and its settings.
/// </summary>
public sealed class PaperSources
{
    /// <summary>Gets today's date where the board is (from an injected clock): the as-at date when a request names none.</summary>
    public required LocalDate Today { get; init; }

    /// <summary>Gets the plan the paper is of, for a paper that <see cref="BoardPaperKinds.UsesPlan"/>; <c>null</c> for a scorecard, and for a yearly report with no plan (the report says so).</summary>
    public BusinessPlan? Plan { get; init; }

    /// <summary>Gets the RAG rule settings; <c>null</c> for the defaults.</summary>
    public RagRuleOptions? Rules { get; init; }

    /// <summary>Gets the days overdue after which a progress return escalates to the business unit. The default is <see cref="UpdatesDue.DefaultEscalateAfterDays"/>.</summary>
    public int EscalateAfterDays { get; init; } = UpdatesDue.DefaultEscalateAfterDays;

    /// <summary>Gets who asks: an agency lead's progress returns are their own agency's unless the request names another. <c>null</c> for nobody known.</summary>
    public BoardUser? Reader { get; init; }

    /// <summary>Gets a scorecard by its key, or <c>null</c> when there is no such scorecard; <c>null</c> when the host has none.</summary>
    public Func<string, Scorecard?>? Scorecards { get; init; }

    /// <summary>Gets the year's figures the partners' yearly report is built from; <c>null</c> when the host has none.</summary>
    public Func<AnnualReport>? AnnualReport { get; init; }

    /// <summary>Gets a value indicating whether the reader may see the LADO's figures in the yearly report (the business unit, board members and the LADO).</summary>
    public bool MayReadLadoFigures { get; init; }
}
