using System.ComponentModel;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;
using Safeguarding.Hub.Api.Contracts;
using Safeguarding.Hub.Boards;
using Safeguarding.Widgets;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Hub.Api;

/// <summary>The API's reports: the exception report, progress returns due, scorecards and annual figures.</summary>
internal static partial class ReportEndpoints
{
    internal static void Map(RouteGroupBuilder board)
    {
        board.MapGet("/plans/{plan}/exception-report", GetExceptionReportAsync)
            .WithName("GetExceptionReport").WithTags("Reports")
            .WithSummary("The exception report as at a date: actions due by the end of its month, grouped by the month they are due in.")
            .Produces<ExceptionReportResponse>()
            .ProducesValidationProblem().ProducesBoardProblems();
        board.MapGet("/plans/{plan}/updates-due", GetUpdatesDueAsync)
            .WithName("GetUpdatesDue").WithTags("Reports")
            .WithSummary("Progress returns due this reporting cycle, overdue, and to escalate: an agency lead's own agency's by default, every agency's for others.")
            .Produces<UpdatesDueResponse>()
            .ProducesValidationProblem().ProducesBoardProblems();
        board.MapGet("/scorecards/{scorecard}", GetScorecard)
            .WithName("GetScorecard").WithTags("Figures")
            .WithSummary("A scorecard of the board's: each quarter's value rated against its target, the change from the first to the last quarter, and the trend.")
            .Produces<ScorecardResponse>()
            .ProducesBoardProblems();
        board.MapGet("/annual-reports/{report}", GetAnnualFigures)
            .WithName("GetAnnualFigures").WithTags("Figures")
            .WithSummary("An annual report's statutory figures, with shares and averages computed from the counts. Includes the LADO's aggregates, so it is for the business unit, board members and the LADO.")
            .Produces<AnnualFiguresResponse>()
            .ProducesBoardProblems();
    }

    private static async Task<IResult> GetExceptionReportAsync(
        HttpContext context,
        string board,
        string plan,
        [Description("The date to report as at, yyyy-MM-dd. The default is today where the board is.")] string? asAt,
        [Description("An instant, such as 2014-11-30T12:00:00Z: the report as it stood then.")] string? asItStoodOn,
        [Description("\"ExceptionsOnly\" (the default) or \"AllDue\".")] string? mode,
        BoardAccess access,
        WidgetViewModelService widgets,
        IOptions<SafeguardingWidgetsOptions> options)
    {
        var errors = new List<FieldError>();
        var reportMode = ApiQuery.Choice<ExceptionReportMode>(mode, "mode", errors) ?? ExceptionReportMode.ExceptionsOnly;
        var (found, date, instant, refused) = await PlanEndpoints.ReadDatedPlanAsync(context, board, plan, asAt, asItStoodOn, access, widgets, errors).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        var report = ExceptionReport.Create(PlanEndpoints.Stood(found!, instant).ForBoardReports(), date, reportMode, PlanEndpoints.RuleOptions(options.Value));
        return TypedResults.Ok(ApiMapping.ExceptionReport(found!.Key, report, instant));
    }

    private static async Task<IResult> GetUpdatesDueAsync(
        HttpContext context,
        string board,
        string plan,
        [Description("The date, yyyy-MM-dd. The default is today where the board is.")] string? asAt,
        [Description("A lead agency's name or short name. The default is an agency lead's own agency, else every agency.")] string? agency,
        BoardAccess access,
        WidgetViewModelService widgets,
        IOptions<SafeguardingWidgetsOptions> options,
        Safeguarding.Widgets.Security.IBoardUserResolver users)
    {
        var errors = new List<FieldError>();
        var (found, date, _, refused) = await PlanEndpoints.ReadDatedPlanAsync(context, board, plan, asAt, null, access, widgets, errors).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        ApiQuery.Agency(found!, agency, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "The query has a mistake.");
        }
        var forAgency = agency is { Length: > 0 } ? agency : Safeguarding.BoardPapers.Requests.BoardPaperBuilder.OwnAgency(users.Resolve(context.User));
        var report = UpdatesDue.For(found!, date, forAgency, options.Value.EscalateAfterDays);
        return TypedResults.Ok(ApiMapping.UpdatesDue(found!.Key, report));
    }

    private static IResult GetScorecard(HttpContext context, string board, string scorecard, BoardAccess access) =>
        ReadDataFile(context, board, scorecard, access, BoardActivity.ReadPlans, hubBoard => hubBoard.ScorecardFolder, "scorecard",
            (path, key, hubBoard) =>
            {
                var read = ScorecardReader.ReadFile(path);
                return hubBoard.Owns(read.Board) ? TypedResults.Ok(ApiMapping.Scorecard(key, read)) : null;
            });

    private static IResult GetAnnualFigures(HttpContext context, string board, string report, BoardAccess access) =>
        ReadDataFile(context, board, report, access, BoardActivity.ReadLadoAggregates, hubBoard => hubBoard.AnnualReportFolder, "annual report",
            (path, key, hubBoard) =>
            {
                var read = AnnualReportReader.ReadFile(path);
                return hubBoard.Owns(read.Board) ? TypedResults.Ok(ApiMapping.AnnualFigures(key, read)) : null;
            });

    // A data file is named by its key (lower-case letters, digits and hyphens), in the board's own
    // folder, and must say it is the board's: nothing else on the server can be reached by a key.
    internal static IResult ReadDataFile(HttpContext context, string board, string key, BoardAccess access, BoardActivity activity,
        Func<HubBoard, string?> folderOf, string what, Func<string, string, HubBoard, IResult?> read)
    {
        if (access.Check(context, board, activity, out var hubBoard, out _) is { } refused)
        {
            return refused;
        }
        var notFound = NoSuchDataFile(hubBoard!, key, what);
        if (DataFilePath(hubBoard!, folderOf, key) is not { } path)
        {
            return notFound;
        }
        try
        {
            return read(path, key, hubBoard!) ?? notFound;
        }
        catch (DataFileException exception)
        {
            return UnreadableDataFile(exception, what);
        }
    }

    internal static IResult NoSuchDataFile(HubBoard board, string key, string what) =>
        ApiProblems.NotFound($"There is no such {what}.", $"Board \"{board.Id}\" has no {what} \"{ApiQuery.Shorten(key)}\".");

    // The board's own file is wrong: say where, for the business unit to put right.
    internal static IResult UnreadableDataFile(DataFileException exception, string what) =>
        TypedResults.Problem(detail: exception.Message, statusCode: StatusCodes.Status500InternalServerError, title: $"The board's {what} file could not be read.");

    /// <summary>The path of one of the board's data files by its key, or <c>null</c> when the key is not one or the board has no such file.</summary>
    internal static string? DataFilePath(HubBoard board, Func<HubBoard, string?> folderOf, string key)
    {
        var folder = folderOf(board);
        if (folder is null || !DataFileKey().IsMatch(key))
        {
            return null;
        }
        var path = Path.Combine(folder, key + ".json");
        return File.Exists(path) ? path : null;
    }

    [GeneratedRegex("^[a-z0-9][a-z0-9-]{0,99}$")]
    private static partial Regex DataFileKey();
}
