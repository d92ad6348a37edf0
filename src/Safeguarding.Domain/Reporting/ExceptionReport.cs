using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.Reporting;

/// <summary>
/// An exception report as at a date: the plan's actions due by the end of that month, grouped
/// "to be completed by the end of &lt;month year&gt;", with ref, action, lead, latest progress and
/// rating (the layout of seed 001, the May 2009 exception report).
/// </summary>
public sealed class ExceptionReport
{
    private ExceptionReport(BusinessPlan plan, LocalDate asAt, ExceptionReportMode mode, IReadOnlyList<ExceptionReportGroup> groups)
    {
        Plan = plan;
        AsAt = asAt;
        Mode = mode;
        Groups = groups;
    }

    /// <summary>Gets the plan reported on.</summary>
    public BusinessPlan Plan { get; }

    /// <summary>Gets the date the report is as at.</summary>
    public LocalDate AsAt { get; }

    /// <summary>Gets which actions it lists.</summary>
    public ExceptionReportMode Mode { get; }

    /// <summary>Gets the groups, earliest month first; a month with nothing to list is left out.</summary>
    public IReadOnlyList<ExceptionReportGroup> Groups { get; }

    /// <summary>Gets the title, such as "Exception Report – as at 31 May 2009".</summary>
    public string Title => $"{(Mode == ExceptionReportMode.ExceptionsOnly ? "Exception Report" : "Actions due")} – as at {DisplayDates.Format(AsAt)}";

    /// <summary>Builds the report.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date to report as at: actions due by the end of its month are listed.</param>
    /// <param name="mode">Every action due, or exceptions only.</param>
    /// <param name="options">RAG rule settings; <c>null</c> for the defaults.</param>
    /// <returns>The report.</returns>
    public static ExceptionReport Create(BusinessPlan plan, LocalDate asAt, ExceptionReportMode mode, RagRuleOptions? options = null)
    {
        Preconditions.CheckNotNull(plan);
        var endOfMonth = asAt.With(DateAdjusters.EndOfMonth);
        // An action with several milestones is due by its earliest milestone not yet met, as its rating says.
        var groups = plan.Actions
            .Select(action => (Action: action, Due: action.DueDateAsAt(asAt)))
            .Where(candidate => candidate.Due is { } due && due <= endOfMonth)
            .Select(candidate => (Assessment: RagRules.Assess(plan, candidate.Action, asAt, options), Due: candidate.Due!.Value))
            .Where(candidate => mode == ExceptionReportMode.AllDue || candidate.Assessment.IsException)
            .GroupBy(candidate => candidate.Due.ToYearMonth(), candidate => candidate.Assessment)
            .OrderBy(group => group.Key)
            .Select(group => new ExceptionReportGroup(group.Key, [.. group.Select(assessment => new ExceptionReportLine(assessment))]))
            .ToList();
        return new ExceptionReport(plan, asAt, mode, groups);
    }
}
