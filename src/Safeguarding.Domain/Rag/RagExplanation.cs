using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Rag;

/// <summary>
/// The words of a <see cref="RagAssessment"/>: its reason, its explanation and any contradiction,
/// put together only when they are read, so that rating an action builds no strings.
/// </summary>
internal static class RagExplanation
{
    /// <summary>Gets the contradiction of an assessment whose recorded rating contradicts the rules.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The sentence.</returns>
    public static string Contradiction(in RagAssessment assessment) =>
        $"Rated {Describe(assessment.RecordedRating!)} by hand on {DisplayDates.Format(assessment.LatestProgress!.AsAt)}, but the action is incomplete and outside its timescale.";

    /// <summary>Gets the reason in a few words.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The reason.</returns>
    public static string Reason(in RagAssessment assessment)
    {
        var action = assessment.Action;
        var recorded = assessment.RecordedRating;
        switch (assessment.Decision)
        {
            case RagDecision.Complete:
                return $"Completed {DisplayDates.Format(assessment.History.CompletedOn!.Value)}";
            case RagDecision.Overdue:
                var dueDate = DueDate(assessment);
                return action.Timescale.Kind == TimescaleKind.Milestones
                    ? $"Milestone due {DisplayDates.Format(dueDate)} not met"
                    : $"Past its due date, {DisplayDates.Format(dueDate)}";
            case RagDecision.NotYetStarted:
                return $"Starts {DisplayDates.Format(action.Timescale.StartDate!.Value)}";
            case RagDecision.AtRisk:
                var soon = DueDate(assessment);
                return assessment.Rating == RagRating.Amber
                    ? $"Due by {DisplayDates.Format(soon)}, not rated green"
                    : $"Rated {Describe(recorded!)}, due by {DisplayDates.Format(soon)}";
            default:
                return recorded is null ? "No rating recorded"
                    : recorded.Rating == RagRating.NotRated ? $"Recorded as not rated on {DisplayDates.Format(assessment.LatestProgress!.AsAt)}"
                    : $"Rated {Describe(recorded)} on {DisplayDates.Format(assessment.LatestProgress!.AsAt)}";
        }
    }

    /// <summary>Gets the whole sentence.</summary>
    /// <param name="assessment">The assessment.</param>
    /// <returns>The explanation.</returns>
    public static string Explanation(in RagAssessment assessment)
    {
        var action = assessment.Action;
        var asAt = assessment.AsAt;
        var recorded = assessment.RecordedRating;
        var latest = assessment.LatestProgress;
        var settings = assessment.Settings;
        var staleClause = !assessment.IsStale ? string.Empty
            : latest is null ? "; no progress has been reported"
            : $"; no progress has been reported since {DisplayDates.Format(latest.AsAt)}, longer than the {settings.ReportingCycleDays}-day reporting cycle";
        switch (assessment.Decision)
        {
            case RagDecision.Complete:
                return $"Complete: recorded as complete on {DisplayDates.Format(assessment.History.CompletedOn!.Value)}.";
            case RagDecision.Overdue:
                var milestone = assessment.History.NextMilestone(action.Timescale, asAt)!;
                var dueDate = milestone.DueDate;
                var passed = action.Timescale.Kind == TimescaleKind.Milestones
                    ? $"its milestone due by {DisplayDates.Format(dueDate)}{(milestone.Purpose is null ? string.Empty : $" for {milestone.Purpose}")} (timescale {action.Timescale.Text}) had passed by {DisplayDates.Format(asAt)} without being recorded as met"
                    : $"its timescale ({action.Timescale.Text}, due by {DisplayDates.Format(dueDate)}) had passed by {DisplayDates.Format(asAt)}";
                return $"Red: not complete, and {passed}"
                    + (assessment.IsContradicted ? $", although it was rated {Describe(recorded!)} by hand" : string.Empty)
                    + staleClause + ".";
            case RagDecision.NotYetStarted:
                return $"Not started: work is due to start on {DisplayDates.Format(action.Timescale.StartDate!.Value)} and nothing has been recorded.";
            case RagDecision.AtRisk:
                var soon = DueDate(assessment);
                var because = recorded is null ? "no rating has been recorded" : $"it is rated {Describe(recorded)}";
                return assessment.Rating == RagRating.Amber
                    ? $"Amber: due by {DisplayDates.Format(soon)}, within the {settings.RiskWindowDays}-day risk window, and {because} rather than green{staleClause}."
                    : $"{assessment.Rating.DisplayName()}: rated {Describe(recorded!)} on {DisplayDates.Format(latest!.AsAt)}, and due by {DisplayDates.Format(soon)}{staleClause}.";
            default:
                var dueClause = DueClause(action.Timescale);
                return recorded is null
                    ? $"Not rated: no rating has been recorded{dueClause}{staleClause}."
                    : $"{recorded.Rating.DisplayName()}: rated {Describe(recorded)} on {DisplayDates.Format(latest!.AsAt)}{dueClause}{staleClause}.";
        }
    }

    // The date that decided an overdue or at-risk rating: the earliest milestone not met, or the due date.
    private static LocalDate DueDate(in RagAssessment assessment) =>
        assessment.History.NextMilestone(assessment.Action.Timescale, assessment.AsAt)!.DueDate;

    private static string Describe(RecordedRating rating)
    {
        var labels = string.Join(" / ", rating.Levels.Select(level => level.Label));
        return string.Equals(labels, rating.Text, StringComparison.Ordinal) ? rating.Text : $"{rating.Text} ({labels})";
    }

    private static string DueClause(Timescale timescale) => timescale.Kind switch
    {
        TimescaleKind.DueDate or TimescaleKind.Milestones => $"; due by {DisplayDates.Format(timescale.DueDate!.Value)}",
        TimescaleKind.ToBeConfirmed => timescale.Reason is null
            ? "; it has no due date because its timescale is to be confirmed"
            : $"; it has no due date because its timescale is to be confirmed ({timescale.Reason})",
        TimescaleKind.Ongoing => "; it is ongoing, with no due date",
        _ => "; the plan gives it no timescale",
    };
}
