using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.BoardPapers.Papers;

/// <summary>The progress returns due as a board paper: those overdue (longest first) and those due this reporting cycle.</summary>
public static class UpdatesDuePaper
{
    /// <summary>Makes the paper: the plan as it stood on an instant when one is given.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date.</param>
    /// <param name="agency">A lead agency's name or short name, or <c>null</c> for every agency.</param>
    /// <param name="escalateAfterDays">Days overdue after which a return escalates to the business unit. The default is <see cref="UpdatesDue.DefaultEscalateAfterDays"/>.</param>
    /// <param name="asItStoodOn">The instant to reproduce the paper as it stood on, or <c>null</c> for the plan as it stands.</param>
    /// <returns>The paper.</returns>
    /// <exception cref="ArgumentException">The plan names no such lead agency; the message lists those it names.</exception>
    public static BoardPaper Create(BusinessPlan plan, LocalDate asAt, string? agency = null, int escalateAfterDays = UpdatesDue.DefaultEscalateAfterDays, Instant? asItStoodOn = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        var stood = asItStoodOn is { } instant ? plan.AsItStoodOn(instant) : plan;
        var agencyName = agency is null ? null : PlanPapers.AgencyName(stood, agency, nameof(agency));
        var report = UpdatesDue.For(stood, asAt, agencyName, escalateAfterDays);
        List<PaperGroup> groups = [];
        if (report.Overdue.Count > 0)
        {
            groups.Add(new PaperGroup($"Overdue: {Count(report.Overdue.Count)}", "Overdue", [.. report.Overdue.Select(due => Row(due, report))]));
        }
        if (report.DueThisCycle.Count > 0)
        {
            groups.Add(new PaperGroup($"Due by {DisplayDates.Format(report.Cycle.End)}: {Count(report.DueThisCycle.Count)}", "Due this cycle", [.. report.DueThisCycle.Select(due => Row(due, report))]));
        }
        return new BoardPaper
        {
            FileStem = $"{stood.Key}-progress-returns{(agencyName is null ? string.Empty : "-" + PlanPapers.Slug(agencyName))}",
            Title = $"Progress returns due: {agencyName ?? "every agency"} – as at {DisplayDates.Format(asAt)}",
            Board = stood.Board.Name,
            Subject = stood.Title,
            AsAt = asAt,
            AsItStoodOn = asItStoodOn,
            GroupColumn = "Return",
            Columns =
            [
                new("Ref", PaperCellKind.Text),
                new("Action", PaperCellKind.Text, 4),
                new("Lead agency", PaperCellKind.Text, 2),
                new("Due by", PaperCellKind.Date, 2),
                new("Last update as at", PaperCellKind.Date, 2),
                new("Days overdue", PaperCellKind.Number),
                new("Escalate to the business unit", PaperCellKind.Text),
            ],
            Groups = groups,
            Notes =
            [
                $"The reporting cycle runs from {DisplayDates.Format(report.Cycle.Start)} to {DisplayDates.Format(report.Cycle.End)}. A return is due a cycle ({stood.ReportingCycleDays} days) after the action's latest update, or after the plan starts.",
                $"Returns more than {report.EscalateAfterDays} days overdue escalate to the business unit.",
            ],
            EmptyMessage = "No progress returns are due or overdue.",
        };
    }

    private static PaperRow Row(UpdateDue due, UpdatesDueReport report) => new(
    [
        PaperCell.Text(due.Action.Ref),
        PaperCell.Text(due.Action.Summary),
        PaperCell.Text(due.LeadAgency ?? "No lead agency"),
        PaperCell.Of(due.DueBy),
        PaperCell.Of(due.LastReportedAsAt, "No update yet"),
        PaperCell.Of(due.DaysOverdue),
        PaperCell.Text(report.Escalations.Contains(due) ? "Yes" : "No"),
    ]);

    private static string Count(int count) => count == 1 ? "1 return" : $"{count} returns";
}
