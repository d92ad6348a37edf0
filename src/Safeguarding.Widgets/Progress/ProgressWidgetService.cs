using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Progress;

/// <summary>
/// Builds the progress widgets' view models (the form, the history, updates due) for the person
/// viewing them, deciding through the widgets' policies what they may see and do.
/// </summary>
/// <param name="widgets">Gets plans and today's date.</param>
/// <param name="authorization">Decides the policies.</param>
/// <param name="users">Resolves the board user.</param>
/// <param name="tempData">Carries the form's state across Post/Redirect/Get.</param>
/// <param name="clock">The clock.</param>
/// <param name="options">The widgets' options.</param>
public sealed class ProgressWidgetService(
    WidgetViewModelService widgets,
    IAuthorizationService authorization,
    IBoardUserResolver users,
    ITempDataDictionaryFactory tempData,
    IClock clock,
    IOptions<SafeguardingWidgetsOptions> options)
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Builds the progress form for an action, or the sentence saying why this person cannot record on it.</summary>
    /// <param name="context">The request.</param>
    /// <param name="planKey">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="actionRef">The action's ref.</param>
    /// <param name="headingLevel">The heading level.</param>
    /// <returns>The view model.</returns>
    /// <exception cref="KeyNotFoundException">There is no such plan or action.</exception>
    public async Task<ProgressFormViewModel> GetFormAsync(HttpContext context, string? planKey, string actionRef, int headingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false);
        var action = FindAction(plan, actionRef);
        var user = users.Resolve(context.User);
        var allowed = (await authorization.AuthorizeAsync(context.User, new ProgressTarget(plan, action), SafeguardingPolicies.RecordProgressOnAction).ConfigureAwait(false)).Succeeded;
        var state = TakeState(context, plan.Key, action.Ref);
        var values = state is { Stored: false } ? state : FreshForm(plan, action) with { Message = state?.Message };
        var conflicting = state?.ConflictSince is { } since
            ? action.Progress.Skip(since).Select(update => Entry(plan, action, update, canReview: false)).ToList()
            : [];
        return new ProgressFormViewModel
        {
            PlanKey = plan.Key,
            ActionRef = action.Ref,
            ActionSummary = action.Summary,
            LeadAgency = action.Lead.AgencyName,
            HeadingLevel = ProgressEndpoints.CheckHeadingLevel(headingLevel),
            Refusal = plan.ArchivedAt is { } archivedAt ? ArchivedNotice(plan, archivedAt) : allowed ? null : Refusal(user, plan, action),
            NeedsSignIn = user is null,
            FormAction = ProgressEndpoints.RecordPath(options.Value),
            ReturnUrl = ReturnUrlOf(context),
            IdempotencyKey = Guid.NewGuid().ToString("N"),
            ExpectedVersion = values.ExpectedVersion,
            Values = values,
            RatingQuestions = [.. plan.RagScheme.Dimensions.Select(dimension => new RatingQuestion(
                dimension.Id,
                dimension.Name,
                ProgressSubmissionRules.RatingField(dimension.Id),
                [.. dimension.Levels.Select(level => new Choice(
                    level.Code,
                    $"{RagBadgeViewModel.Symbols[level.Rating]} {level.Label}" + (string.Equals(level.Code, level.Label, StringComparison.Ordinal) ? string.Empty : $" ({level.Code})"),
                    string.Equals(values.Ratings.GetValueOrDefault(dimension.Id), level.Code, StringComparison.Ordinal),
                    level.Descriptor))]))],
            Milestones = action.Timescale.Kind == TimescaleKind.Milestones
                ? [.. action.Timescale.Milestones.Select(milestone => new Choice(
                    Iso(milestone.DueDate),
                    $"Due by {DisplayDates.Format(milestone.DueDate)}" + (milestone.Purpose is null ? string.Empty : $" for {milestone.Purpose}"),
                    values.MilestonesMet.Contains(Iso(milestone.DueDate))))]
                : [],
            Correctable = [.. action.EffectiveProgress.Reverse().Select(update => new Choice(
                update.Number.ToString(CultureInfo.InvariantCulture),
                $"Update {update.Number}, as at {DisplayDates.Format(update.AsAt)}",
                string.Equals(values.Corrects, update.Number.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)))],
            ConflictingUpdates = conflicting,
            Today = Iso(widgets.Today()),
        };
    }

    // An archived plan takes no more progress, whoever asks: said in words instead of the form.
    private static string ArchivedNotice(BusinessPlan plan, Instant archivedAt) =>
        $"“{plan.Title}” was archived on {DisplayDates.Format(archivedAt)}: it can still be read and reported on, but progress is no longer recorded on it.";

    /// <summary>Builds an action's progress timeline, with review forms for the business unit where the board requires acceptance.</summary>
    /// <param name="context">The request.</param>
    /// <param name="planKey">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="actionRef">The action's ref.</param>
    /// <param name="headingLevel">The heading level.</param>
    /// <returns>The view model.</returns>
    /// <exception cref="KeyNotFoundException">There is no such plan or action.</exception>
    public async Task<ProgressHistoryViewModel> GetHistoryAsync(HttpContext context, string? planKey, string actionRef, int headingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false);
        var action = FindAction(plan, actionRef);
        var mayReview = plan.RequiresAcceptance
            && (await authorization.AuthorizeAsync(context.User, SafeguardingPolicies.ReviewProgress).ConfigureAwait(false)).Succeeded;
        var reviewState = TakeState(context, plan.Key, action.Ref, ReviewStateKey);
        return new ProgressHistoryViewModel
        {
            PlanKey = plan.Key,
            ActionRef = action.Ref,
            HeadingLevel = ProgressEndpoints.CheckHeadingLevel(headingLevel),
            Entries = [.. action.Progress.Reverse().Select(update => Entry(plan, action, update,
                canReview: mayReview && update.RecordedAt is not null && action.ReviewOf(update.Number) is null
                    && !action.Progress.Any(later => later.Corrects == update.Number)))],
            ReviewAction = ProgressEndpoints.ReviewPath(options.Value),
            ReturnUrl = ReturnUrlOf(context),
            Message = reviewState is null ? null
                : reviewState.Errors.Count > 0 ? string.Join(". ", reviewState.Errors.Select(error => error.Message)) : reviewState.Message,
        };
    }

    /// <summary>Builds the progress returns due: the viewer's agency's, or every agency's with escalations for the business unit.</summary>
    /// <param name="context">The request.</param>
    /// <param name="planKey">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="agency">An agency's name or short name; <c>null</c> for the viewer's own agency (an agency lead) or every agency (the business unit and others).</param>
    /// <param name="asAt">The date, or <c>null</c> for today.</param>
    /// <param name="headingLevel">The heading level.</param>
    /// <returns>The view model.</returns>
    /// <exception cref="KeyNotFoundException">There is no such plan.</exception>
    public async Task<UpdatesDueViewModel> GetUpdatesDueAsync(HttpContext context, string? planKey, string? agency, LocalDate? asAt, int headingLevel = 2)
    {
        ArgumentNullException.ThrowIfNull(context);
        var plan = await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false);
        var date = asAt ?? widgets.Today();
        var user = users.Resolve(context.User);
        var businessUnit = user?.IsIn(BoardRole.BusinessUnit) == true;
        var forAgency = agency ?? (user is { } lead && lead.IsIn(BoardRole.AgencyLead) && !businessUnit && lead.Agencies.Count > 0 ? lead.Agencies[0] : null);
        var report = UpdatesDue.For(plan, date, forAgency, options.Value.EscalateAfterDays);
        UpdateDueRowViewModel Row(UpdateDue due) => new(
            due.Action.Ref,
            due.Action.Summary,
            due.LeadAgency ?? "No lead agency",
            DisplayDates.Format(due.DueBy),
            due.LastReportedAsAt is { } last ? $"Last update as at {DisplayDates.Format(last)}" : "No update yet",
            due.IsOverdue ? $"{due.DaysOverdue} day{(due.DaysOverdue == 1 ? string.Empty : "s")} overdue" : $"Due by {DisplayDates.Format(due.DueBy)}",
            ActionLink(plan, due.Action));
        return new UpdatesDueViewModel
        {
            HeadingLevel = ProgressEndpoints.CheckHeadingLevel(headingLevel),
            Heading = report.Agency is null ? "Progress returns due: every agency" : $"Progress returns due: {report.Agency}",
            Cycle = $"{DisplayDates.Format(report.Cycle.Start)} to {DisplayDates.Format(report.Cycle.End)}",
            AsAt = DisplayDates.Format(date),
            Notice = AgencyNotices.Unknown(plan, forAgency, "returns"),
            Overdue = [.. report.Overdue.Select(Row)],
            DueThisCycle = [.. report.DueThisCycle.Select(Row)],
            Escalations = businessUnit ? [.. report.Escalations.Select(Row)] : [],
            ShowsEscalations = businessUnit,
            EscalationThreshold = $"more than {report.EscalateAfterDays} days overdue",
        };
    }

    internal const string ReviewStateKey = "review";

    internal static string StateKey(string planKey, string actionRef, string kind = "form") => $"sg-progress:{kind}:{planKey}:{actionRef}";

    internal static void PutState(ITempDataDictionary tempData, string planKey, string actionRef, ProgressFormState state, string kind = "form") =>
        tempData[StateKey(planKey, actionRef, kind)] = JsonSerializer.Serialize(state);

    internal static PlanAction FindAction(BusinessPlan plan, string actionRef) =>
        plan.FindAction(actionRef?.Trim() ?? string.Empty)
        ?? throw new KeyNotFoundException($"Expected an action with ref \"{actionRef}\" in \"{plan.Title}\", but there is none.");

    private ProgressFormState? TakeState(HttpContext context, string planKey, string actionRef, string kind = "form")
    {
        if (!Caching.TempDataCookie.MayCarryTempData(context))
        {
            return null;
        }
        var data = tempData.GetTempData(context);
        return data[StateKey(planKey, actionRef, kind)] is string json ? JsonSerializer.Deserialize<ProgressFormState>(json) : null;
    }

    private ProgressFormState FreshForm(BusinessPlan plan, PlanAction action)
    {
        var latest = action.LatestProgress(LocalDate.MaxIsoValue);
        return new ProgressFormState
        {
            AsAt = Iso(widgets.Today()),
            // Ratings start from the latest update's, so a return that changes nothing is quick.
            Ratings = plan.RagScheme.Dimensions.ToDictionary(dimension => dimension.Id, dimension => latest?.RatingFor(dimension)?.Levels is [var level] ? level.Code : null),
            ExpectedVersion = action.Version,
        };
    }

    private static string Refusal(BoardUser? user, BusinessPlan plan, PlanAction action)
    {
        if (user is null)
        {
            return "Sign in to record progress on this action.";
        }
        if (user.IsIn(BoardRole.AgencyLead) && !BoardPermissions.LeadsAction(user, plan, action))
        {
            return $"You cannot record progress on this action: it is led by {action.Lead.AgencyName ?? "no agency"}, and you record for {(user.Agencies.Count == 0 ? "no agency" : string.Join(" and ", user.Agencies))}.";
        }
        return "You cannot record progress on this action: only the board's business unit and the lead agency's safeguarding lead can.";
    }

    private ProgressEntryViewModel Entry(BusinessPlan plan, PlanAction action, ProgressUpdate update, bool canReview)
    {
        // A correction is compared with what it corrects; any other update with the one before it.
        var previous = update.Corrects is { } correctedNumber
            ? action.Progress.FirstOrDefault(earlier => earlier.Number == correctedNumber)
            : action.Progress.LastOrDefault(earlier => earlier.Number < update.Number);
        var correctedBy = action.Progress.FirstOrDefault(later => later.Corrects == update.Number);
        var notes = new List<string>();
        if (update.Corrects is { } corrected)
        {
            notes.Add($"Corrects update {corrected}.");
        }
        if (correctedBy is not null)
        {
            notes.Add($"Corrected by update {correctedBy.Number}: it no longer counts.");
        }
        if (update.CompletionDate is { } completed)
        {
            notes.Add($"Records the action as complete on {DisplayDates.Format(completed)}.");
        }
        notes.AddRange(update.MilestonesMet.Select(met => $"Records the milestone due by {DisplayDates.Format(met)} as met."));
        var review = action.ReviewOf(update.Number);
        return new ProgressEntryViewModel
        {
            Number = update.Number,
            AsAt = DisplayDates.Format(update.AsAt),
            Statement = update.Statement,
            Ratings = [.. update.Ratings.Select(rating => new RecordedRatingViewModel(
                plan.RagScheme.FindDimension(rating.DimensionId)?.Name ?? rating.DimensionId,
                RagBadgeViewModel.For(rating.Rating),
                string.Join(" / ", rating.Levels.Select(level => level.Label))))],
            Changes = [.. update.Ratings.Select(rating =>
            {
                var before = previous?.Ratings.FirstOrDefault(earlier => earlier.DimensionId == rating.DimensionId);
                var name = plan.RagScheme.FindDimension(rating.DimensionId)?.Name ?? rating.DimensionId;
                return before is null ? null
                    : before.Rating == rating.Rating ? null
                    : $"{name}: {Label(before)} → {Label(rating)} ({(rating.Rating.Severity() < before.Rating.Severity() ? "better" : "worse")})";
            }).OfType<string>()],
            AdditionalWork = update.AdditionalWork,
            ImpactSoFar = update.ImpactSoFar,
            RecordedBy = update.RecordedBy?.ToString() ?? update.ReportedBy,
            RecordedAt = update.RecordedAt is { } at ? FormatInstant(at) : null,
            Notes = notes,
            IsCorrected = correctedBy is not null,
            Review = !plan.RequiresAcceptance || update.RecordedAt is null ? null
                : review is null ? "Awaiting acceptance by the business unit: it does not count in board reports yet."
                : review.Outcome == ReviewOutcome.Accepted ? $"Accepted by {review.ReviewedBy} on {FormatInstant(review.ReviewedAt)}" + (review.Comment is null ? "." : $": {review.Comment}")
                : $"Returned by {review.ReviewedBy} on {FormatInstant(review.ReviewedAt)}: {review.Comment}",
            CanReview = canReview,
        };
    }

    private static string Label(RecordedRating rating) => $"{rating.Rating.DisplayName()} ({string.Join(" / ", rating.Levels.Select(level => level.Label))})";

    private string? ActionLink(BusinessPlan plan, PlanAction action) => options.Value.ActionPage(plan.Key, action.Ref);

    private string FormatInstant(Instant instant) =>
        ZonedDateTimePattern.CreateWithInvariantCulture("d MMMM uuuu 'at' HH:mm", null)
            .WithCulture(CultureInfo.GetCultureInfo("en-GB"))
            .Format(instant.InZone(DateTimeZoneProviders.Tzdb[options.Value.TimeZoneId]));

    private static string ReturnUrlOf(HttpContext context) => context.Request.PathBase + context.Request.Path + context.Request.QueryString;

    private static string Iso(LocalDate date) => IsoDate.Format(date);

    /// <summary>Gets the instant now, for the endpoints.</summary>
    internal Instant Now() => clock.GetCurrentInstant();
}
