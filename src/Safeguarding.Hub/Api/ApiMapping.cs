using System.Globalization;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;
using Safeguarding.Hub.Api.Contracts;

namespace Safeguarding.Hub.Api;

/// <summary>Turns the domain's answers into the API's contracts: NodaTime dates become <see cref="DateOnly"/>, instants <see cref="DateTimeOffset"/>.</summary>
internal static class ApiMapping
{
    internal static DateOnly Date(LocalDate date) => date.ToDateOnly();

    internal static DateOnly? Date(LocalDate? date) => date?.ToDateOnly();

    internal static DateTimeOffset? Moment(Instant? instant) => instant?.ToDateTimeOffset();

    internal static PlanSummaryResponse Summary(BusinessPlanSummary plan) =>
        new(plan.Key, plan.Title, plan.BoardName, Date(plan.Period.Start), Date(plan.Period.End));

    internal static PlanResponse Plan(BusinessPlan plan) => new(
        plan.Key,
        plan.Title,
        plan.Version,
        new BoardResponse(plan.Board.Name, plan.Board.ShortName, [.. plan.Board.Agencies.Select(agency => new AgencyResponse(agency.Name, agency.ShortName, agency.Sector.ToString()))]),
        Date(plan.Period.Start),
        Date(plan.Period.End),
        plan.PriorityTerm,
        plan.ReportingCycleDays,
        plan.RequiresAcceptance,
        Scheme(plan.RagScheme),
        [.. plan.Priorities.Select(priority => new PriorityResponse(
            priority.Number,
            priority.Title,
            [.. priority.ActionAreas.Select(area => new ActionAreaResponse(area.Ref, area.Title, area.Driver, area.MonitoredBy, area.StrategicOversight, [.. area.Actions.Select(action => action.Ref)]))],
            [.. priority.DirectActions.Select(action => action.Ref)]))]);

    internal static RagSchemeResponse Scheme(RagScheme scheme) => new(
        scheme.Id,
        scheme.Name,
        [.. scheme.Dimensions.Select(dimension => new RagDimensionResponse(
            dimension.Id,
            dimension.Name,
            dimension.TracksCompletion,
            [.. dimension.Levels.Select(level => new RagLevelResponse(level.Code, level.Label, level.Descriptor, level.Rating.ToString(), level.Symbol, level.Colour))]))]);

    internal static ActionRatingResponse Rating(RagAssessment assessment, PlanAction current) => new(
        assessment.Action.Ref,
        assessment.Action.Summary,
        assessment.Action.Lead.AgencyName,
        assessment.Action.Lead.Text,
        assessment.Action.Timescale.Text,
        Date(assessment.Action.DueDate),
        current.Version,
        assessment.Rating.ToString(),
        assessment.Rating.DisplayName(),
        assessment.IsComplete,
        assessment.IsOverdue,
        assessment.IsStale,
        assessment.IsException,
        assessment.Contradiction,
        assessment.Reason,
        assessment.Explanation,
        assessment.LatestProgress is { } latest ? Update(latest) : null);

    internal static RollUpResponse RollUp(RagRollUp rollUp) => new(
        rollUp.Rating.ToString(),
        rollUp.Total,
        rollUp.Counts.ToDictionary(pair => pair.Key.ToString(), pair => pair.Value, StringComparer.Ordinal),
        rollUp.Overdue,
        rollUp.Stale,
        rollUp.Explanation);

    internal static ProgressUpdateResponse Update(ProgressUpdate update) => new(
        update.Number,
        Date(update.AsAt),
        update.Statement,
        [.. update.Ratings.Select(rating => new RecordedRatingResponse(rating.DimensionId, rating.Text, rating.Rating.ToString()))],
        update.MarkedComplete,
        Date(update.CompletedOn),
        [.. update.MilestonesMet.Select(Date)],
        update.AdditionalWork,
        update.ImpactSoFar,
        update.ReportedBy,
        update.RecordedBy is { } author ? Author(author) : null,
        Moment(update.RecordedAt),
        update.Corrects);

    internal static ProgressReviewResponse Review(ProgressReview review) =>
        new(review.UpdateNumber, review.Outcome.ToString(), review.Comment, Author(review.ReviewedBy), review.ReviewedAt.ToDateTimeOffset());

    internal static UpdateAuthorResponse Author(UpdateAuthor author) => new(author.UserId, author.DisplayName, author.Agency, author.Role.ToString());

    internal static ExceptionReportResponse ExceptionReport(string planKey, ExceptionReport report, Instant? asItStoodOn) => new(
        planKey,
        report.Title,
        Date(report.AsAt),
        Moment(asItStoodOn),
        report.Mode.ToString(),
        [.. report.Groups.Select(group => new ExceptionReportGroupResponse(
            group.Month.ToString("uuuu-MM", CultureInfo.InvariantCulture),
            group.Heading,
            [.. group.Lines.Select(line => new ExceptionReportLineResponse(line.Ref, line.Action, line.Lead, line.Progress, line.RecordedRating, line.Rating.ToString(), line.Assessment.Explanation))]))]);

    internal static UpdatesDueResponse UpdatesDue(string planKey, UpdatesDueReport report) => new(
        planKey,
        Date(report.AsAt),
        Date(report.Cycle.Start),
        Date(report.Cycle.End),
        report.Agency,
        report.EscalateAfterDays,
        [.. report.DueThisCycle.Select(Due)],
        [.. report.Overdue.Select(Due)],
        [.. report.Escalations.Select(Due)]);

    private static UpdateDueResponse Due(UpdateDue due) =>
        new(due.Action.Ref, due.Action.Summary, due.LeadAgency, Date(due.DueBy), Date(due.LastReportedAsAt), due.DaysOverdue);

    internal static ScorecardResponse Scorecard(string key, Scorecard scorecard) => new(
        key,
        scorecard.Title,
        scorecard.Board,
        scorecard.Year.Label,
        scorecard.Source.ToString(),
        [.. scorecard.Indicators.Select(indicator => new IndicatorResponse(
            indicator.Id,
            indicator.Name,
            indicator.SourceAgency,
            indicator.Unit,
            indicator.Polarity?.ToString(),
            indicator.Target?.Target,
            indicator.Target?.Tolerance,
            [.. indicator.Ratings.Select(rated => new QuarterValueResponse(rated.Value.Quarter, rated.Value.Value, rated.Rating.ToString()))],
            indicator.ChangeFromFirstToLastQuarter is { } change ? new IndicatorChangeResponse(change.FromQuarter, change.ToQuarter, change.Absolute, change.Percentage) : null,
            indicator.Trend.ToString()))]);

    internal static AnnualFiguresResponse AnnualFigures(string key, AnnualReport report) => new(
        key,
        report.Board,
        report.Title,
        report.Year.Label,
        report.Source.ToString(),
        new AllegationFiguresResponse(
            report.Allegations.Allegations,
            report.Allegations.MonthlyAverage,
            report.Allegations.PublishedMonthlyAverage,
            report.Allegations.PreviousYearAllegations,
            report.Allegations.ChangeFromPreviousYearPercent,
            report.Allegations.Source.ToString()),
        report.PrivateFostering.Notifications,
        [.. report.ChildProtectionPlans.Quarters.Select(quarter => new ChildProtectionQuarterResponse(
            quarter.Quarter,
            quarter.Total,
            [.. quarter.Categories.Select(category => new CategoryShareResponse(category.Category, category.Count, quarter.PercentOf(category.Category), category.PublishedPercent))]))],
        [.. report.Inconsistencies.Select(inconsistency => $"{inconsistency.Section}.{inconsistency.Field}: {inconsistency.Description}")]);
}
