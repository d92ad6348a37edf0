using System.Globalization;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>Writes out every field of a plan, and what the rules make of it, so two plans can be compared line by line.</summary>
internal static class PlanDescription
{
    internal static List<string> Fields(BusinessPlan plan)
    {
        var lines = new List<string>
        {
            $"plan {plan.Key} | {plan.Title} | {plan.Version} | {plan.Period} | {plan.PriorityTerm} | {plan.ReportingCycleDays} | {plan.Source} | requires acceptance {plan.RequiresAcceptance}",
            $"board {plan.Board.Name} | {plan.Board.ShortName} | {plan.Board.Vision}",
        };
        lines.AddRange(plan.Board.Agencies.Select(agency => $"  agency {agency}"));
        lines.AddRange(plan.Board.SubGroups.Select(group => $"  sub-group {group}"));
        lines.Add($"scheme {plan.RagScheme.Id} | {plan.RagScheme.Name} | completion {plan.RagScheme.CompletionDimension.Id}");
        foreach (var dimension in plan.RagScheme.Dimensions)
        {
            lines.Add($"  dimension {dimension.Id} | {dimension.Name} | {dimension.TracksCompletion}");
            lines.AddRange(dimension.Levels.Select(level => $"    level {level}"));
        }
        lines.AddRange(plan.SourceReferences.Select(reference => $"source reference {reference}"));
        lines.AddRange(plan.Aims.Select(aim => $"aim {aim}"));
        lines.AddRange(plan.OutcomeMeasures.Select(measure => $"outcome measure {measure}"));
        foreach (var priority in plan.Priorities)
        {
            lines.Add($"priority {priority.Number} | {priority.Title}");
            lines.AddRange(priority.DevelopmentPriorities.Select(development => $"  development priority {development.Text} | {string.Join(",", development.Years)}"));
            foreach (var area in priority.ActionAreas)
            {
                lines.Add($"  area {area.Ref} | {area.Title} | {area.Driver} | {string.Join(",", area.ReviewPlanPoints)} | {area.MonitoredBy} | {area.StrategicOversight} | {area.ExpectedImpact}");
                lines.AddRange(area.Actions.SelectMany(Fields).Select(line => "    " + line));
            }
            lines.AddRange(priority.DirectActions.SelectMany(Fields).Select(line => "  " + line));
        }
        return lines;
    }

    internal static List<string> Fields(PlanAction action)
    {
        var lines = new List<string>
        {
            $"action {action.Ref} | {action.RefAssigned} | {action.Action} | {action.DesiredOutcome} | {action.Monitoring} | {action.PriorityNumber} | {action.ActionAreaRef}",
            $"  lead {action.Lead.Text} | {action.Lead.AgencyName} | {action.Lead.Officer}",
            $"  timescale \"{action.Timescale.Text}\" | {action.Timescale.Kind} | {action.Timescale.StartDate} | {action.Timescale.Reason} | {string.Join(", ", action.Timescale.Milestones)} | due {action.DueDate} | completed {action.CompletedOn}",
        };
        lines.AddRange(action.Steps.Select(step => $"  step {step}"));
        lines.AddRange(action.SourceNotes.Select(note => $"  note {note}"));
        lines.AddRange(action.Progress.SelectMany(Fields));
        lines.AddRange(action.Reviews.Select(review =>
            $"  review of {review.UpdateNumber} | {review.Outcome} | {review.Comment} | {review.ReviewedBy} | {review.ReviewedBy.UserId} | {review.ReviewedBy.Role} | {review.ReviewedAt.ToUnixTimeTicks()}"));
        lines.Add($"  version {action.Version} | standing {string.Join(",", action.EffectiveProgress.Select(update => update.Number))}");
        return lines;
    }

    internal static List<string> Fields(ProgressUpdate update)
    {
        var lines = new List<string>
        {
            $"  update {update.Number} | {update.AsAt} | {update.Statement} | {update.MarkedComplete} | {update.RecordsCompletion} | {update.AdditionalWork} | {update.ImpactSoFar} | {update.ReportedBy}",
            $"    recorded {update.RecordedBy?.UserId} | {update.RecordedBy?.DisplayName} | {update.RecordedBy?.Agency} | {update.RecordedBy?.Role} | {update.RecordedAt?.ToUnixTimeTicks()} | corrects {update.Corrects} | key {update.IdempotencyKey}",
            $"    completed on {update.CompletedOn} | completion {update.CompletionDate} | milestones met {string.Join(", ", update.MilestonesMet)}",
        };
        lines.AddRange(update.Ratings.Select(rating =>
            $"    rating {rating.DimensionId} | {rating.TracksCompletion} | {rating.Text} | {rating.Rating} | {string.Join(" + ", rating.Levels)}"));
        return lines;
    }

    /// <summary>The rules' view of the plan as at a date: every action's assessment, the roll-ups and both exception reports.</summary>
    internal static List<string> AsAt(BusinessPlan plan, LocalDate asAt)
    {
        var assessment = RagRules.AssessPlan(plan, asAt);
        var lines = new List<string> { $"as at {asAt}: {Describe(assessment.Overall)}" };
        lines.AddRange(assessment.Actions.Select(action =>
            $"{action.Action.Ref} {action.Rating} {action.RecordedRating?.Text} {action.IsComplete} {action.IsOverdue} {action.IsStale} {action.Contradiction} {action.Explanation}"));
        lines.AddRange(assessment.ActionAreas.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"area {pair.Key}: {Describe(pair.Value)}"));
        lines.AddRange(assessment.Priorities.OrderBy(pair => pair.Key, StringComparer.Ordinal).Select(pair => $"priority {pair.Key}: {Describe(pair.Value)}"));
        foreach (var mode in new[] { ExceptionReportMode.AllDue, ExceptionReportMode.ExceptionsOnly })
        {
            var report = ExceptionReport.Create(plan, asAt, mode);
            lines.Add(report.Title);
            foreach (var group in report.Groups)
            {
                lines.Add(group.Heading);
                lines.AddRange(group.Lines.Select(line => $"  {line.Ref} | {string.Join("; ", line.Action)} | {line.Lead} | {line.Progress} | {line.RecordedRating} | {line.Rating}"));
            }
        }
        return lines;
    }

    private static string Describe(RagRollUp rollUp) =>
        string.Create(CultureInfo.InvariantCulture, $"{rollUp.Rating} total {rollUp.Total} overdue {rollUp.Overdue} stale {rollUp.Stale} contradicted {rollUp.Contradicted} ")
        + string.Join(",", rollUp.Counts.OrderBy(pair => pair.Key).Select(pair => $"{pair.Key}={pair.Value}"));

    /// <summary>Dates across a plan's life: before it starts, each quarter within it, after it ends, and every date progress was reported.</summary>
    internal static IEnumerable<LocalDate> DatesAcross(BusinessPlan plan)
    {
        yield return plan.Period.Start.PlusDays(-1);
        for (var date = plan.Period.Start; date <= plan.Period.End; date = date.PlusMonths(3))
        {
            yield return date;
        }
        yield return plan.Period.End;
        yield return plan.Period.End.PlusMonths(6);
        foreach (var reported in plan.Actions.SelectMany(action => action.Progress).Select(update => update.AsAt).Distinct())
        {
            yield return reported;
        }
    }
}
