using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;

namespace Safeguarding.BoardPapers.Papers;

/// <summary>The business plan's progress as a board paper: every action (or one lead agency's) by priority, with its derived rating.</summary>
public static class ActionPlanPaper
{
    /// <summary>Makes the paper: the plan as board reports count it (<see cref="BusinessPlan.ForBoardReports"/>), as it stood on an instant when one is given.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date to rate the actions as at.</param>
    /// <param name="agency">A lead agency's name or short name, or <c>null</c> for every action.</param>
    /// <param name="asItStoodOn">The instant to reproduce the paper as it stood on, or <c>null</c> for the plan as it stands.</param>
    /// <param name="options">RAG rule settings; <c>null</c> for the defaults.</param>
    /// <returns>The paper.</returns>
    /// <exception cref="ArgumentException">The plan names no such lead agency; the message lists those it names.</exception>
    public static BoardPaper Create(BusinessPlan plan, LocalDate asAt, string? agency = null, Instant? asItStoodOn = null, RagRuleOptions? options = null)
    {
        var reported = PlanPapers.Reported(plan, asItStoodOn);
        var agencyName = agency is null ? null : PlanPapers.AgencyName(reported, agency, nameof(agency));
        var shown = agencyName is null
            ? reported.Actions.ToHashSet()
            : new ActionsByLeadAgencySpec(agencyName).Evaluate(reported.Actions).ToHashSet();
        var assessment = RagRules.AssessPlan(reported, asAt, options);
        var ratings = assessment.Actions.ToDictionary(item => item.Action);
        var slug = agencyName is null ? string.Empty : "-" + PlanPapers.Slug(agencyName);
        return new BoardPaper
        {
            FileStem = $"{reported.Key}-action-plan{slug}",
            Title = $"{(agencyName is null ? "Action plan" : $"Action plan: {agencyName}'s actions")} – as at {DisplayDates.Format(asAt)}",
            Board = reported.Board.Name,
            Subject = reported.Title,
            AsAt = asAt,
            AsItStoodOn = asItStoodOn,
            GroupColumn = reported.PriorityTerm,
            Columns =
            [
                new("Ref", PaperCellKind.Text),
                new("Action", PaperCellKind.Text, 4),
                new("Lead", PaperCellKind.Text, 2),
                new("Timescale", PaperCellKind.Text, 2),
                new("Due by", PaperCellKind.Date, DataOnly: true),
                new("Latest progress", PaperCellKind.Text, 4),
                new("Latest progress as at", PaperCellKind.Date, DataOnly: true),
                new("RAG rating", PaperCellKind.Rating, 2),
                new("RAG rating as recorded", PaperCellKind.Text, DataOnly: true),
                new("Why", PaperCellKind.Text, DataOnly: true),
            ],
            Groups = [.. reported.Priorities
                .Select(priority => (priority, actions: priority.Actions.Where(shown.Contains).ToList()))
                .Where(item => item.actions.Count > 0)
                .Select(item => new PaperGroup(
                    $"{reported.PriorityTerm} {item.priority.Number}: {item.priority.Title}",
                    $"{item.priority.Number}: {item.priority.Title}",
                    [.. item.actions.Select(action => Row(ratings[action]))]))],
            Notes =
            [
                agencyName is null ? "Every action of the plan, by " + reported.PriorityTerm.ToLowerInvariant() + "." : $"The actions {agencyName} leads.",
                "Each rating is derived from the action's timescale and progress as at the paper's date; where it differs from the rating recorded by hand, both are shown with the reason.",
            ],
            EmptyMessage = agencyName is null ? "The plan has no actions." : $"{agencyName} leads no actions in this plan.",
        };
    }

    private static PaperRow Row(RagAssessment assessment) => new(
    [
        PaperCell.Text(assessment.Action.Ref),
        PaperCell.Text(assessment.Action.Steps.Count > 0 && assessment.Action.Action is null ? assessment.Action.Steps : [assessment.Action.Summary], bulleted: assessment.Action.Steps.Count > 0 && assessment.Action.Action is null),
        PaperCell.Text(assessment.Action.Lead.Text),
        PaperCell.Text(assessment.Action.Timescale.Text is { Length: > 0 } text ? text : "None given"),
        PaperCell.Of(assessment.Action.DueDate, "No due date"),
        PaperCell.Text(assessment.LatestProgress?.Statement ?? (assessment.LatestProgress is null ? "No update yet" : null)),
        PaperCell.Of(assessment.LatestProgress?.AsAt, "No update yet"),
        PaperCell.Of(new PaperRating(assessment.Rating, assessment.RecordedRating, assessment.Reason)),
        PaperCell.Text(assessment.RecordedRating?.Text ?? "None recorded"),
        PaperCell.Text(assessment.Explanation),
    ]);
}
