using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.BoardPapers.Papers;

/// <summary>
/// An action's progress history as a board paper: every update, oldest first, with who recorded it
/// and when, the ratings recorded, corrections and the business unit's reviews. Corrected updates
/// stay in the history, marked as corrected; nothing is left out.
/// </summary>
public static class ProgressHistoryPaper
{
    /// <summary>Makes the paper.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="actionRef">The action's ref.</param>
    /// <param name="asAt">The date the paper is produced as at (today).</param>
    /// <param name="asItStoodOn">The instant to reproduce the history as it stood on, or <c>null</c> for the history as it stands.</param>
    /// <returns>The paper.</returns>
    /// <exception cref="ArgumentException">The plan has no such action.</exception>
    public static BoardPaper Create(BusinessPlan plan, string actionRef, LocalDate asAt, Instant? asItStoodOn = null)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(actionRef);
        var found = plan.FindAction(actionRef)
            ?? throw new ArgumentException($"Expected the ref of an action in the plan \"{plan.Title}\", such as \"{plan.Actions.FirstOrDefault()?.Ref}\", but found \"{actionRef}\".", nameof(actionRef));
        var action = asItStoodOn is { } instant ? found.AsItStoodOn(instant) : found;
        var corrected = action.Progress.Where(update => update.Corrects is not null).Select(update => update.Corrects!.Value).ToHashSet();
        var dimensions = plan.RagScheme.Dimensions;
        return new BoardPaper
        {
            FileStem = $"{plan.Key}-action-{PlanPapers.Slug(action.Ref)}-progress",
            Title = $"Action {action.Ref}: progress history – as at {DisplayDates.Format(asAt)}",
            Board = plan.Board.Name,
            Subject = $"{action.Summary} ({plan.Title})",
            AsAt = asAt,
            AsItStoodOn = asItStoodOn,
            GroupColumn = "Action",
            Columns =
            [
                new("Update", PaperCellKind.Number),
                new("Update as at", PaperCellKind.Date, 2),
                new("Progress statement", PaperCellKind.Text, 5),
                .. dimensions.Select(dimension => new PaperColumn(dimension.Name, PaperCellKind.Rating, 2)),
                new("Completed on", PaperCellKind.Date, 2),
                new("Additional work proposed", PaperCellKind.Text, 3),
                new("Impact so far", PaperCellKind.Text, 3),
                new("Recorded by", PaperCellKind.Text, 2),
                new("Recorded", PaperCellKind.Text, 2),
                new("Status", PaperCellKind.Text, 2),
            ],
            Groups = action.Progress.Count == 0 ? [] :
            [
                new PaperGroup($"Action {action.Ref}: {action.Summary}", action.Ref, [.. action.Progress.Select(update => new PaperRow(
                [
                    PaperCell.Of(update.Number),
                    PaperCell.Of(update.AsAt),
                    PaperCell.Text(update.Statement ?? "No statement (a rating only)"),
                    .. dimensions.Select(dimension => update.RatingFor(dimension) is { } rating
                        ? PaperCell.Of(new PaperRating(rating.Rating, rating))
                        : PaperCell.Of((PaperRating?)null, "Not rated")),
                    PaperCell.Of(update.CompletionDate, "Not complete"),
                    PaperCell.Text(update.AdditionalWork ?? "None recorded"),
                    PaperCell.Text(update.ImpactSoFar ?? "None recorded"),
                    PaperCell.Text(update.RecordedBy?.ToString() ?? update.ReportedBy ?? "Imported with the plan"),
                    PaperCell.Text(update.RecordedAt is { } recorded ? PaperText.Format(recorded) : "Imported with the plan"),
                    PaperCell.Text(Status(plan.RequiresAcceptance, action, update, corrected).DefaultIfEmpty("Stands")),
                ]))]),
            ],
            Notes =
            [
                "Every update stands in the history: a correction is a new update, and the one it corrects stays, marked as corrected.",
                .. plan.RequiresAcceptance
                    ? new[] { "The board counts an update in its reports once the business unit accepts it: an update awaiting acceptance or returned is listed here, and its status says it does not count." }
                    : [],
            ],
            EmptyMessage = "No progress has been recorded on this action.",
        };
    }

    // Where the board requires acceptance, an update recorded through the widgets or the API counts in
    // board reports only once accepted (BusinessPlan.ForBoardReports): its status says so, never "Stands".
    private static IEnumerable<string> Status(bool requiresAcceptance, PlanAction action, ProgressUpdate update, HashSet<int> corrected)
    {
        if (update.Corrects is { } corrects)
        {
            yield return $"Corrects update {corrects}";
        }
        if (corrected.Contains(update.Number))
        {
            yield return "Corrected by a later update";
        }
        var review = action.ReviewOf(update.Number);
        if (review is not null)
        {
            yield return review.Outcome == ReviewOutcome.Accepted
                ? $"Accepted by {review.ReviewedBy} on {PaperText.Format(review.ReviewedAt)}"
                : $"Returned by {review.ReviewedBy} on {PaperText.Format(review.ReviewedAt)}: {review.Comment}";
        }
        if (requiresAcceptance && update.RecordedAt is not null && review?.Outcome != ReviewOutcome.Accepted)
        {
            yield return review is null
                ? "Awaiting acceptance by the business unit: not counted in board reports"
                : "Not counted in board reports";
        }
    }
}
