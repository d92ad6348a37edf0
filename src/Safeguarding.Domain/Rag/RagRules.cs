using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Rag;

/// <summary>
/// Derives an action's RAG rating as at a date from its timescale and progress history. The
/// rules are the board's own: a rating recorded by hand never hides an overdue action.
/// </summary>
/// <remarks>
/// In order: complete ⇒ Complete; past its due date and not complete ⇒ Red, whatever was rated by
/// hand (the contradiction is reported); start date in the future and nothing recorded ⇒ Not
/// started; due within the risk window and not rated green ⇒ Amber (or worse, if so rated);
/// otherwise the rating recorded by hand, or Not rated. Separately, no update within the
/// reporting cycle ⇒ stale. An action with several milestones is outside its timescale as soon
/// as a milestone passes without being recorded as met. Source: DESIGN.md "RAG", after the completion-to-timescale
/// descriptors of seed 000 ("Incomplete &amp; Outside Timescale").
/// </remarks>
public static class RagRules
{
    /// <summary>Assesses one action of a plan as at a date.</summary>
    /// <param name="plan">The plan the action belongs to (for its RAG scheme and reporting cycle).</param>
    /// <param name="action">The action.</param>
    /// <param name="asAt">The date to assess as at; updates reported after it are ignored.</param>
    /// <param name="options">Rule settings; <c>null</c> for the defaults.</param>
    /// <returns>The assessment with its explanation.</returns>
    public static RagAssessment Assess(BusinessPlan plan, PlanAction action, LocalDate asAt, RagRuleOptions? options = null)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(action);
        options ??= new RagRuleOptions();
        var cycleDays = options.ReportingCycleDays ?? plan.ReportingCycleDays;
        var dimension = plan.RagScheme.CompletionDimension;

        var assessment = new RagAssessment(action, asAt);
        var latest = action.LatestProgress(asAt);
        var recorded = latest?.RatingFor(dimension);
        var manual = recorded?.Rating ?? RagRating.NotRated;
        assessment.LatestProgress = latest;
        assessment.RecordedRating = recorded;

        // With several milestones, the earliest not yet recorded as met decides (DESIGN.md "RAG").
        var milestone = action.NextMilestone(asAt);
        var due = milestone?.DueDate;

        if (action.IsCompleteAsAt(asAt))
        {
            assessment.IsComplete = true;
            assessment.Rating = RagRating.Complete;
            assessment.Explanation = $"Complete: recorded as complete on {DisplayDates.Format(action.CompletedOn!.Value)}.";
            assessment.Reason = $"Completed {DisplayDates.Format(action.CompletedOn!.Value)}";
            return assessment;
        }

        assessment.IsStale = latest is null || Period.DaysBetween(latest.AsAt, asAt) > cycleDays;
        var staleClause = !assessment.IsStale ? string.Empty
            : latest is null ? "; no progress has been reported"
            : $"; no progress has been reported since {DisplayDates.Format(latest.AsAt)}, longer than the {cycleDays}-day reporting cycle";

        if (due is { } dueDate && dueDate < asAt)
        {
            assessment.IsOverdue = true;
            assessment.Rating = RagRating.Red;
            // "Not rated" claims nothing, so only a rating that says the action is on track contradicts.
            if (recorded is not null && manual is not (RagRating.Red or RagRating.NotRated))
            {
                assessment.Contradiction =
                    $"Rated {Describe(recorded)} by hand on {DisplayDates.Format(latest!.AsAt)}, but the action is incomplete and outside its timescale.";
            }
            var passed = action.Timescale.Kind == TimescaleKind.Milestones
                ? $"its milestone due by {DisplayDates.Format(dueDate)}{(milestone!.Purpose is null ? string.Empty : $" for {milestone.Purpose}")} (timescale {action.Timescale.Text}) had passed by {DisplayDates.Format(asAt)} without being recorded as met"
                : $"its timescale ({action.Timescale.Text}, due by {DisplayDates.Format(dueDate)}) had passed by {DisplayDates.Format(asAt)}";
            assessment.Reason = action.Timescale.Kind == TimescaleKind.Milestones
                ? $"Milestone due {DisplayDates.Format(dueDate)} not met"
                : $"Past its due date, {DisplayDates.Format(dueDate)}";
            assessment.Explanation =
                $"Red: not complete, and {passed}"
                + (assessment.Contradiction is null ? string.Empty : $", although it was rated {Describe(recorded!)} by hand")
                + staleClause + ".";
            return assessment;
        }

        if (action.Timescale.StartDate is { } start && start > asAt && manual is RagRating.NotRated or RagRating.NotStarted)
        {
            assessment.IsStale = false;
            assessment.Rating = RagRating.NotStarted;
            assessment.Explanation = $"Not started: work is due to start on {DisplayDates.Format(start)} and nothing has been recorded.";
            assessment.Reason = $"Starts {DisplayDates.Format(start)}";
            return assessment;
        }

        var dueClause = DueClause(action.Timescale);
        if (due is { } soon && Period.DaysBetween(asAt, soon) <= options.RiskWindowDays && manual != RagRating.Green)
        {
            assessment.Rating = RagRatingExtensions.Worst(RagRating.Amber, manual);
            assessment.Reason = assessment.Rating == RagRating.Amber
                ? $"Due by {DisplayDates.Format(soon)}, not rated green"
                : $"Rated {Describe(recorded!)}, due by {DisplayDates.Format(soon)}";
            var because = recorded is null ? "no rating has been recorded" : $"it is rated {Describe(recorded)}";
            assessment.Explanation = assessment.Rating == RagRating.Amber
                ? $"Amber: due by {DisplayDates.Format(soon)}, within the {options.RiskWindowDays}-day risk window, and {because} rather than green{staleClause}."
                : $"{assessment.Rating.DisplayName()}: rated {Describe(recorded!)} on {DisplayDates.Format(latest!.AsAt)}, and due by {DisplayDates.Format(soon)}{staleClause}.";
            return assessment;
        }

        assessment.Rating = manual;
        assessment.Reason = recorded is null ? "No rating recorded"
            : manual == RagRating.NotRated ? $"Recorded as not rated on {DisplayDates.Format(latest!.AsAt)}"
            : $"Rated {Describe(recorded)} on {DisplayDates.Format(latest!.AsAt)}";
        assessment.Explanation = recorded is null
            ? $"Not rated: no rating has been recorded{dueClause}{staleClause}."
            : $"{manual.DisplayName()}: rated {Describe(recorded)} on {DisplayDates.Format(latest!.AsAt)}{dueClause}{staleClause}.";
        return assessment;
    }

    /// <summary>Assesses every action of a plan as at a date and rolls the ratings up.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date to assess as at.</param>
    /// <param name="options">Rule settings; <c>null</c> for the defaults.</param>
    /// <returns>Each action's assessment and the roll-ups to action area, priority and plan.</returns>
    public static PlanAssessment AssessPlan(BusinessPlan plan, LocalDate asAt, RagRuleOptions? options = null)
    {
        Preconditions.CheckNotNull(plan);
        var assessments = plan.Actions.Select(action => Assess(plan, action, asAt, options)).ToList();
        return new PlanAssessment(plan, asAt, assessments);
    }

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
