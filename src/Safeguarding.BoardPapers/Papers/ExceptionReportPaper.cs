using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.BoardPapers.Papers;

/// <summary>
/// The exception report as a board paper, in the layout of seed 001 (the May 2009 exception report):
/// groups headed "Actions to be completed by the end of &lt;month year&gt;", with the columns Ref,
/// Action, Lead officer, Progress statement and RAG rating.
/// </summary>
public static class ExceptionReportPaper
{
    /// <summary>Makes the paper of a plan as at a date: the plan as board reports count it (<see cref="BusinessPlan.ForBoardReports"/>), as it stood on an instant when one is given.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date to report as at.</param>
    /// <param name="mode">Every action due, or exceptions only.</param>
    /// <param name="asItStoodOn">The instant to reproduce the paper as it stood on (<see cref="BusinessPlan.AsItStoodOn"/>), or <c>null</c> for the plan as it stands.</param>
    /// <param name="options">RAG rule settings; <c>null</c> for the defaults.</param>
    /// <returns>The paper.</returns>
    public static BoardPaper Create(BusinessPlan plan, LocalDate asAt, ExceptionReportMode mode, Instant? asItStoodOn = null, RagRuleOptions? options = null) =>
        From(ExceptionReport.Create(PlanPapers.Reported(plan, asItStoodOn), asAt, mode, options), asItStoodOn);

    /// <summary>Makes the paper of a report already built.</summary>
    /// <param name="report">The report, from <see cref="ExceptionReport.Create"/>.</param>
    /// <param name="asItStoodOn">The instant the report's plan was taken as it stood on, or <c>null</c> for the plan as it stands.</param>
    /// <returns>The paper.</returns>
    public static BoardPaper From(ExceptionReport report, Instant? asItStoodOn = null)
    {
        ArgumentNullException.ThrowIfNull(report);
        var exceptionsOnly = report.Mode == ExceptionReportMode.ExceptionsOnly;
        return new BoardPaper
        {
            FileStem = $"{report.Plan.Key}-{(exceptionsOnly ? "exception-report" : "actions-due")}",
            Title = report.Title,
            Board = report.Plan.Board.Name,
            Subject = report.Plan.Title,
            AsAt = report.AsAt,
            AsItStoodOn = asItStoodOn,
            GroupColumn = "To be completed by the end of",
            Columns =
            [
                new("Ref", PaperCellKind.Text),
                new("Action", PaperCellKind.Text, 4),
                new("Lead officer", PaperCellKind.Text, 2),
                new("Progress statement", PaperCellKind.Text, 4),
                new("RAG rating", PaperCellKind.Rating, 2),
                new("RAG rating as recorded", PaperCellKind.Text, DataOnly: true),
                new("Why", PaperCellKind.Text, DataOnly: true),
            ],
            Groups = [.. report.Groups.Select(group => new PaperGroup(group.Heading, DisplayDates.Format(group.Month), [.. group.Lines.Select(line =>
                new PaperRow(
                [
                    PaperCell.Text(line.Ref),
                    PaperCell.Text(line.Action, bulleted: line.Assessment.Action.Steps.Count > 0),
                    PaperCell.Text(line.Lead),
                    PaperCell.Text(line.Progress),
                    PaperCell.Of(new PaperRating(line.Rating, line.Assessment.RecordedRating, line.Assessment.Reason)),
                    PaperCell.Text(line.RecordedRating ?? "No data"),
                    PaperCell.Text(line.Assessment.Explanation),
                ]))])),],
            Notes =
            [
                exceptionsOnly
                    ? "Red, amber, overdue, not rated, stale or contradicted actions due by the end of the month."
                    : "Every action due by the end of the month.",
                "Each rating is derived from the action's timescale and progress as at the report's date; where it differs from the rating recorded by hand, both are shown with the reason.",
            ],
            EmptyMessage = exceptionsOnly ? "There are no exceptions to report." : "No actions are due by the end of the month.",
        };
    }
}
