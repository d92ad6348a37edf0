using System.Runtime.CompilerServices;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

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
        return Assess(action, action.History, asAt, DayNumbers.Of(asAt), RagRuleSettings.For(plan, options));
    }

    /// <summary>Assesses every action of a plan as at a date and rolls the ratings up.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="asAt">The date to assess as at.</param>
    /// <param name="options">Rule settings; <c>null</c> for the defaults.</param>
    /// <returns>Each action's assessment and the roll-ups to action area, priority and plan.</returns>
    public static PlanAssessment AssessPlan(BusinessPlan plan, LocalDate asAt, RagRuleOptions? options = null)
    {
        Preconditions.CheckNotNull(plan);
        return new PlanAssessment(plan, asAt, RagRuleSettings.For(plan, options));
    }

    /// <summary>Assesses one action from one version of its history: the rules, with no words and no allocation.</summary>
    /// <param name="action">The action.</param>
    /// <param name="history">The version of its history to assess.</param>
    /// <param name="asAt">The date.</param>
    /// <param name="asAtDay">The date's day number (<see cref="DayNumbers"/>): the rules compare day numbers.</param>
    /// <param name="settings">The plan's settings.</param>
    /// <returns>The assessment.</returns>
    internal static RagAssessment Assess(PlanAction action, ProgressHistory history, LocalDate asAt, int asAtDay, in RagRuleSettings settings)
    {
        // As at a date on or after the latest update (the usual case), what the history worked out
        // when it was recorded answers, without reading the updates.
        ProgressUpdate? latest;
        RecordedRating? recorded;
        RagRating manual;
        int latestDay;
        if (history.LatestDay <= asAtDay && string.Equals(history.LatestCompletionDimensionId, settings.Dimension.Id, StringComparison.Ordinal))
        {
            latest = history.Latest;
            latestDay = history.LatestDay;
            recorded = history.LatestCompletionRating;
            manual = history.LatestCompletionManual;
        }
        else
        {
            var latestIndex = history.LatestIndexAsAt(asAtDay);
            latest = latestIndex >= 0 ? history.ByDate[latestIndex] : null;
            latestDay = latestIndex >= 0 ? history.ByDateDays[latestIndex] : NoDay;
            recorded = latest?.RatingFor(settings.Dimension);
            manual = recorded?.Rating ?? RagRating.NotRated;
        }
        var verdict = Decide(
            asAtDay,
            history.CompleteFromDay,
            latestDay,
            manual,
            recorded is not null,
            action.IsDueByMilestones ? DueDayOfNextMilestone(action.Timescale, history, asAt) : action.DueDay,
            action.StartDay,
            settings);
        return new(action, history, asAt, settings, verdict, latest, recorded);
    }

    /// <summary>The number given for no date where a day number is expected.</summary>
    internal const int NoDay = int.MinValue;

    /// <summary>Gets the day number of the earliest milestone not recorded as met by a date, or <see cref="int.MaxValue"/> when every one is.</summary>
    /// <param name="timescale">A timescale of several milestones.</param>
    /// <param name="history">The action's history.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The day number.</returns>
    internal static int DueDayOfNextMilestone(Timescale timescale, ProgressHistory history, LocalDate asAt) =>
        DayNumbers.Of(history.NextMilestone(timescale, asAt)?.DueDate, int.MaxValue);

    /// <summary>
    /// The rules themselves, over day numbers, in order (see the remarks on <see cref="RagRules"/>).
    /// Every assessment, of one action or of a whole plan, is decided here.
    /// </summary>
    /// <param name="asAtDay">The date assessed as at.</param>
    /// <param name="completeFromDay">The first day as at which the action counts as complete, or <see cref="int.MaxValue"/>.</param>
    /// <param name="latestDay">The as-at date of the latest update that stands on or before the date, or <see cref="NoDay"/> when there is none.</param>
    /// <param name="manual">The completion rating recorded by hand in that update, or Not rated.</param>
    /// <param name="hasRecorded">Whether that update recorded a completion rating.</param>
    /// <param name="dueDay">The date the action is due by (its earliest milestone not met), or <see cref="int.MaxValue"/> when it has none.</param>
    /// <param name="startDay">The date its work starts, or <see cref="int.MinValue"/> when the plan does not say.</param>
    /// <param name="settings">The risk window and reporting cycle.</param>
    /// <returns>The verdict.</returns>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    internal static RagVerdict Decide(int asAtDay, int completeFromDay, int latestDay, RagRating manual, bool hasRecorded, int dueDay, int startDay, in RagRuleSettings settings)
    {
        if (completeFromDay <= asAtDay)
        {
            return new(RagDecision.Complete, RagRating.Complete, isStale: false, isContradicted: false);
        }

        var isStale = latestDay == NoDay || asAtDay - latestDay > settings.ReportingCycleDays;
        var hasDueDate = dueDay != int.MaxValue;
        if (hasDueDate && dueDay < asAtDay)
        {
            // "Not rated" claims nothing, so only a rating that says the action is on track contradicts.
            return new(RagDecision.Overdue, RagRating.Red, isStale, isContradicted: hasRecorded && manual is not (RagRating.Red or RagRating.NotRated));
        }

        if (startDay > asAtDay && manual is RagRating.NotRated or RagRating.NotStarted)
        {
            return new(RagDecision.NotYetStarted, RagRating.NotStarted, isStale: false, isContradicted: false);
        }

        if (hasDueDate && (long)dueDay - asAtDay <= settings.RiskWindowDays && manual != RagRating.Green)
        {
            return new(RagDecision.AtRisk, RagRatingExtensions.Worst(RagRating.Amber, manual), isStale, isContradicted: false);
        }

        return new(RagDecision.AsRecorded, manual, isStale, isContradicted: false);
    }
}
