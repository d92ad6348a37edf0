using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Rag;
using Safeguarding.Hub.Api.Contracts;
using Safeguarding.Hub.Boards;
using Safeguarding.Widgets;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Hub.Api;

/// <summary>The API's plans and actions: structure, derived ratings as at a date and as it stood on an instant, and the whole plan file for the client.</summary>
internal static class PlanEndpoints
{
    internal const string PlanFileContentType = "application/json";

    internal static void Map(RouteGroupBuilder board)
    {
        board.MapGet("/plans", ListPlansAsync)
            .WithName("ListPlans").WithTags("Plans")
            .WithSummary("Lists the board's plans.")
            .Produces<IReadOnlyList<PlanSummaryResponse>>()
            .ProducesBoardProblems();
        board.MapGet("/plans/{plan}", GetPlanAsync)
            .WithName("GetPlan").WithTags("Plans")
            .WithSummary("Gets a plan's structure: its board and agencies, RAG scheme, priorities and action areas.")
            .Produces<PlanResponse>()
            .ProducesBoardProblems();
        board.MapGet("/plans/{plan}/file", GetPlanFileAsync)
            .WithName("GetPlanFile").WithTags("Plans")
            .WithSummary("Gets the whole plan in the plan-file format (seeds/README.md), with every progress update and review.")
            .WithDescription("What Safeguarding.Client reads. The response carries an ETag: send it back in If-None-Match and an unchanged plan answers 304 with no body.")
            .Produces<string>(StatusCodes.Status200OK, PlanFileContentType).Produces(StatusCodes.Status304NotModified)
            .ProducesBoardProblems();
        board.MapGet("/plans/{plan}/actions", ListActionRatingsAsync)
            .WithName("ListActionRatings").WithTags("Plans")
            .WithSummary("Rates every action as at a date (today by default), optionally as the plan stood on an instant, with the plan's roll-up.")
            .WithDescription("Ratings count only accepted updates where the board requires acceptance, as board reports do.")
            .Produces<ActionRatingsResponse>()
            .ProducesValidationProblem().ProducesBoardProblems();
        board.MapGet("/plans/{plan}/actions/{action}", GetActionAsync)
            .WithName("GetAction").WithTags("Plans")
            .WithSummary("Gets one action: its rating as at a date (and as it stood on an instant), its whole progress history and reviews.")
            .Produces<ActionDetailResponse>()
            .ProducesValidationProblem().ProducesBoardProblems();
    }

    private static async Task<IResult> ListPlansAsync(HttpContext context, string board, BoardAccess access)
    {
        if (access.Check(context, board, BoardActivity.ReadPlans, out var hubBoard, out _) is { } refused)
        {
            return refused;
        }
        var plans = await access.PlansAsync(hubBoard!, context.RequestAborted).ConfigureAwait(false);
        return TypedResults.Ok(plans.Select(ApiMapping.Summary).ToList());
    }

    private static async Task<IResult> GetPlanAsync(HttpContext context, string board, string plan, BoardAccess access)
    {
        var (found, refused) = await ReadPlanAsync(context, board, plan, access).ConfigureAwait(false);
        return refused ?? TypedResults.Ok(ApiMapping.Plan(found!));
    }

    private static async Task<IResult> GetPlanFileAsync(HttpContext context, string board, string plan, BoardAccess access)
    {
        var (found, refused) = await ReadPlanAsync(context, board, plan, access).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        var text = PlanFileExporter.Export(found!);
        var bytes = Encoding.UTF8.GetBytes(text);
        var tag = new EntityTagHeaderValue($"\"{Convert.ToHexStringLower(SHA256.HashData(bytes))[..32]}\"");
        context.Response.Headers.ETag = tag.ToString();
        context.Response.Headers.CacheControl = "private, no-cache";
        if (EntityTagHeaderValue.TryParseList(context.Request.Headers.IfNoneMatch, out var sent) && sent.Any(candidate => candidate.Compare(tag, useStrongComparison: false)))
        {
            return TypedResults.StatusCode(StatusCodes.Status304NotModified);
        }
        return TypedResults.Bytes(bytes, PlanFileContentType + "; charset=utf-8");
    }

    private static async Task<IResult> ListActionRatingsAsync(
        HttpContext context,
        string board,
        string plan,
        [Description("The date to rate as at, yyyy-MM-dd. The default is today where the board is.")] string? asAt,
        [Description("An instant, such as 2014-11-30T12:00:00Z: the plan as it stood then, without anything recorded later (to produce an earlier board paper again).")] string? asItStoodOn,
        [Description("A lead agency's name or short name: only the actions it leads.")] string? agency,
        BoardAccess access,
        WidgetViewModelService widgets,
        IOptions<SafeguardingWidgetsOptions> options)
    {
        var errors = new List<FieldError>();
        var (found, date, instant, refused) = await ReadDatedPlanAsync(context, board, plan, asAt, asItStoodOn, access, widgets, errors).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        var leadAgency = ApiQuery.Agency(found!, agency, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "The query has a mistake.");
        }
        var stood = Stood(found!, instant);
        var assessment = RagRules.AssessPlan(stood.ForBoardReports(), date, RuleOptions(options.Value));
        var actions = assessment.Actions
            .Where(rated => leadAgency is null || leadAgency.IsNamed(rated.Action.Lead.AgencyName))
            .Select(rated => ApiMapping.Rating(rated, stood.FindAction(rated.Action.Ref)!))
            .ToList();
        return TypedResults.Ok(new ActionRatingsResponse(found!.Key, ApiMapping.Date(date), ApiMapping.Moment(instant), leadAgency?.Name, ApiMapping.RollUp(assessment.Overall), actions));
    }

    private static async Task<IResult> GetActionAsync(
        HttpContext context,
        string board,
        string plan,
        string action,
        [Description("The date to rate as at, yyyy-MM-dd. The default is today where the board is.")] string? asAt,
        [Description("An instant, such as 2014-11-30T12:00:00Z: the history as it stood then.")] string? asItStoodOn,
        BoardAccess access,
        WidgetViewModelService widgets,
        IOptions<SafeguardingWidgetsOptions> options)
    {
        var (found, date, instant, refused) = await ReadDatedPlanAsync(context, board, plan, asAt, asItStoodOn, access, widgets, []).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        var stood = Stood(found!, instant);
        var current = stood.FindAction(action);
        if (current is null)
        {
            return NoSuchAction(found!, action);
        }
        var reported = stood.ForBoardReports();
        var rated = RagRules.Assess(reported, reported.FindAction(action)!, date, RuleOptions(options.Value));
        return TypedResults.Ok(new ActionDetailResponse(
            ApiMapping.Rating(rated, current),
            [.. current.Progress.Select(ApiMapping.Update)],
            [.. current.Reviews.Select(ApiMapping.Review)],
            ApiMapping.Date(date),
            ApiMapping.Moment(instant)));
    }

    internal static async Task<(BusinessPlan? Plan, IResult? Refusal)> ReadPlanAsync(HttpContext context, string board, string plan, BoardAccess access, BoardActivity activity = BoardActivity.ReadPlans)
    {
        if (access.Check(context, board, activity, out var hubBoard, out _) is { } refused)
        {
            return (null, refused);
        }
        return await access.PlanAsync(hubBoard!, plan, context.RequestAborted).ConfigureAwait(false);
    }

    /// <summary>
    /// Reads one of the board's plans and the dates a query gives it: "as at" (today by default) and
    /// "as it stood on". The refusal is the board's, or 400 naming the parameters wrong, together with
    /// any <paramref name="errors"/> the caller found already.
    /// </summary>
    internal static async Task<(BusinessPlan? Plan, LocalDate AsAt, Instant? AsItStoodOn, IResult? Refusal)> ReadDatedPlanAsync(
        HttpContext context, string board, string plan, string? asAt, string? asItStoodOn, BoardAccess access, WidgetViewModelService widgets, List<FieldError> errors)
    {
        var (found, refused) = await ReadPlanAsync(context, board, plan, access).ConfigureAwait(false);
        var date = ApiQuery.Date(asAt, "asAt", errors) ?? widgets.Today();
        var instant = ApiQuery.Moment(asItStoodOn, "asItStoodOn", errors);
        return (found, date, instant, refused ?? (errors.Count > 0 ? ApiProblems.Invalid(errors, "The query has a mistake.") : null));
    }

    internal static IResult NoSuchAction(BusinessPlan plan, string action) =>
        ApiProblems.NotFound("There is no such action.", $"\"{plan.Title}\" has no action with ref \"{ApiQuery.Shorten(action)}\".");

    internal static BusinessPlan Stood(BusinessPlan plan, Instant? instant) => instant is { } at ? plan.AsItStoodOn(at) : plan;

    internal static RagRuleOptions RuleOptions(SafeguardingWidgetsOptions options) => new() { RiskWindowDays = options.RiskWindowDays };
}
