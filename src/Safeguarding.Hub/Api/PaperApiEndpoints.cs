using System.ComponentModel;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Safeguarding.BoardPapers;
using Safeguarding.BoardPapers.Requests;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;
using Safeguarding.Hub.Boards;
using Safeguarding.Widgets;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Hub.Api;

/// <summary>
/// The board papers through the API: the papers the widgets' paper endpoint serves, built by the same
/// <see cref="BoardPaperBuilder"/> from the same query parameters, behind the board's gate
/// (<see cref="BoardAccess"/>: the board's own callers, with the permission the data needs), as CSV,
/// Excel, Word or a print-ready page that stands alone, each with its file name.
/// </summary>
internal static class PaperApiEndpoints
{
    /// <summary>The papers of one plan the API serves.</summary>
    private static readonly IReadOnlyList<BoardPaperKind> PlanPapers = BoardPaperKinds.OfAPlan;

    // The print view carries its stylesheet inside (a file that stands alone); the API's policy lets that one stylesheet apply, and nothing else load.
    private static readonly string PrintContentSecurityPolicy =
        $"default-src 'none'; style-src 'sha256-{Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes("\n" + PrintPaperWriter.Stylesheet)))}'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";

    // As the OpenAPI document lists them: the media types without their charset.
    private static readonly string[] MediaTypes = [.. Enum.GetValues<PaperFormat>().Select(format => format.MediaType().Split(';')[0])];

    internal static void Map(RouteGroupBuilder board)
    {
        board.MapGet("/plans/{plan}/papers/{paper}.{format}", GetPlanPaperAsync)
            .WithName("GetPlanPaper").WithTags("Papers")
            .WithSummary("A board paper of a plan as a file: the exception report, the action plan (whole or one agency's), an action's progress history, or the progress returns due, as CSV, Excel, Word or a print-ready page.")
            .WithDescription(
                "The papers the widgets' links give, from the same parameters: exception-report (asAt, exceptionsOnly, asItStoodOn; also .docx in the board's own layout), "
                + "action-plan (asAt, agency, asItStoodOn), progress-history (action, asItStoodOn) and updates-due (asAt, agency, asItStoodOn; an agency lead's own agency by default). "
                + "Formats: .csv (UTF-8 with a byte order mark), .xlsx (typed cells), .docx and .html (print-ready A4, its stylesheet inside). "
                + "The answer names its file in Content-Disposition. 400 names the parameter that is wrong: paper, format, asAt, asItStoodOn, exceptionsOnly, agency or action; 404 for a plan or action that does not exist.")
            .Produces<Stream>(StatusCodes.Status200OK, MediaTypes[0], MediaTypes[1..])
            .ProducesValidationProblem().ProducesBoardProblems();
        board.MapGet("/scorecards/{scorecard}/papers/scorecard.{format}", GetScorecardPaper)
            .WithName("GetScorecardPaper").WithTags("Papers")
            .WithSummary("A scorecard as a board paper file: each quarter's value rated against its target, the change and the trend, as CSV, Excel, Word or a print-ready page.")
            .WithDescription("The answer names its file in Content-Disposition. 400 names a format that is not .csv, .xlsx, .docx or .html; 404 for a scorecard the board does not have.")
            .Produces<Stream>(StatusCodes.Status200OK, MediaTypes[0], MediaTypes[1..])
            .ProducesValidationProblem().ProducesBoardProblems();
        board.MapGet("/annual-reports/{report}/papers/yearly-report.{format}", GetYearlyReportPaperAsync)
            .WithName("GetYearlyReportPaper").WithTags("Papers")
            .WithSummary("The safeguarding partners' yearly report as a board paper file, from an annual report's figures, the year's plan and scorecard, as CSV, Excel, Word or a print-ready page.")
            .WithDescription("Every figure traced to its source; a figure missing from the data says so. The LADO's figures are included for the business unit, board members and the LADO, and left out for others (the section says whose they are). "
                + "The answer names its file in Content-Disposition. 400 names a format that is not .csv, .xlsx, .docx or .html, or a scorecard of another year; 404 for an annual report, plan or scorecard the board does not have.")
            .Produces<Stream>(StatusCodes.Status200OK, MediaTypes[0], MediaTypes[1..])
            .ProducesValidationProblem().ProducesBoardProblems();
    }

    private static async Task<IResult> GetYearlyReportPaperAsync(
        HttpContext context,
        string board,
        string report,
        [Description("The format: csv, xlsx, docx or html (print view).")] string format,
        [Description("The business plan of the year, by key. The default is the board's default plan; a plan outside the year is left out, and the report says so.")] string? plan,
        [Description("The year's scorecard, by key, such as domestic-abuse-2015-16; none by default, and the report says so.")] string? scorecard,
        BoardAccess access,
        WidgetViewModelService widgets,
        IOptions<SafeguardingWidgetsOptions> options)
    {
        if (access.Check(context, board, BoardActivity.ReadPlans, out var hubBoard, out var user) is { } refused)
        {
            return refused;
        }
        AnnualReport? figures;
        try
        {
            figures = ReportEndpoints.DataFilePath(hubBoard!, known => known.AnnualReportFolder, report) is { } path ? AnnualReportReader.ReadFile(path) : null;
        }
        catch (DataFileException exception)
        {
            return ReportEndpoints.UnreadableDataFile(exception, "annual report");
        }
        if (figures is null || !hubBoard!.Owns(figures.Board))
        {
            return ReportEndpoints.NoSuchDataFile(hubBoard!, report, "annual report");
        }
        BusinessPlan? ofTheYear = null;
        if ((string.IsNullOrWhiteSpace(plan) ? hubBoard.DefaultPlanKey : plan) is { } planKey)
        {
            var (found, notFound) = await access.PlanAsync(hubBoard, planKey, context.RequestAborted).ConfigureAwait(false);
            if (notFound is not null && !string.IsNullOrWhiteSpace(plan))
            {
                return notFound;
            }
            ofTheYear = found;
        }
        var (request, invalid) = Read(context, BoardPaperKind.YearlyReport.Name(), [BoardPaperKind.YearlyReport], format);
        if (invalid is not null)
        {
            return invalid;
        }
        try
        {
            return Serve(context, request! with { Scorecard = scorecard }, new PaperSources
            {
                Today = widgets.Today(),
                Plan = ofTheYear,
                Rules = PlanEndpoints.RuleOptions(options.Value),
                AnnualReport = () => figures,
                // The LADO's figures only for those who may see them, as the widgets' yearly report shows them.
                MayReadLadoFigures = user is not null && BoardPermissions.Allows(user, BoardActivity.ReadLadoAggregates),
                Scorecards = key => ReportEndpoints.DataFilePath(hubBoard, known => known.ScorecardFolder, key) is { } path
                    && ScorecardReader.ReadFile(path) is var read && hubBoard.Owns(read.Board) ? read : null,
            });
        }
        catch (DataFileException exception)
        {
            return ReportEndpoints.UnreadableDataFile(exception, "scorecard");
        }
    }

    private static async Task<IResult> GetPlanPaperAsync(
        HttpContext context,
        string board,
        string plan,
        [Description("The paper: exception-report, action-plan, progress-history or updates-due.")] string paper,
        [Description("The format: csv, xlsx, docx or html (print view).")] string format,
        [Description("The date to report as at, yyyy-MM-dd. The default is today where the board is.")] string? asAt,
        [Description("An instant in UTC, such as 2014-12-01T10:00:00Z: the paper as it stood then, without anything recorded later (to produce an earlier board paper again).")] string? asItStoodOn,
        [Description("The exception report: true (the default) for exceptions only, false for every action due.")] string? exceptionsOnly,
        [Description("The action plan and the progress returns due: a lead agency's name or short name.")] string? agency,
        [Description("The progress history: the action's ref, such as 2.1.3.")] string? action,
        BoardAccess access,
        WidgetViewModelService widgets,
        IOptions<SafeguardingWidgetsOptions> options)
    {
        if (access.Check(context, board, BoardActivity.ReadPlans, out var hubBoard, out var user) is { } refused)
        {
            return refused;
        }
        var (found, notFound) = await access.PlanAsync(hubBoard!, plan, context.RequestAborted).ConfigureAwait(false);
        if (notFound is not null)
        {
            return notFound;
        }
        var (request, invalid) = Read(context, paper, PlanPapers, format);
        if (invalid is not null)
        {
            return invalid;
        }
        var settings = options.Value;
        return Serve(context, request!, new PaperSources
        {
            Today = widgets.Today(),
            Plan = found,
            Rules = PlanEndpoints.RuleOptions(settings),
            EscalateAfterDays = settings.EscalateAfterDays,
            Reader = user,
        });
    }

    private static IResult GetScorecardPaper(
        HttpContext context,
        string board,
        string scorecard,
        [Description("The format: csv, xlsx, docx or html (print view).")] string format,
        BoardAccess access,
        WidgetViewModelService widgets) =>
        ReportEndpoints.ReadDataFile(context, board, scorecard, access, BoardActivity.ReadPlans, hubBoard => hubBoard.ScorecardFolder, "scorecard",
            (path, key, hubBoard) =>
            {
                var read = ScorecardReader.ReadFile(path);
                if (!hubBoard.Owns(read.Board))
                {
                    return null;
                }
                var (request, invalid) = Read(context, BoardPaperKind.Scorecard.Name(), [BoardPaperKind.Scorecard], format);
                return invalid ?? Serve(context, request! with { Scorecard = key }, new PaperSources { Today = widgets.Today(), Scorecards = _ => read });
            });

    // The paper and format from the path, the widgets' parameters from the query: every mistake at once, each naming its parameter.
    private static (PaperRequest? Request, IResult? Invalid) Read(HttpContext context, string paper, IReadOnlyList<BoardPaperKind> allowed, string format)
    {
        var errors = new List<FieldError>();
        if (!BoardPaperKinds.TryParse(paper, allowed, out var kind))
        {
            errors.Add(new FieldError("paper", $"Expected one of {BoardPaperKinds.List(allowed)}, but found \"{ApiQuery.Shorten(paper)}\""));
        }
        if (!PaperFormats.TryParseExtension(format, out var paperFormat))
        {
            errors.Add(new FieldError("format", $"Expected csv, xlsx, docx or html (the print view), but found \"{ApiQuery.Shorten(format)}\""));
        }
        var query = context.Request.Query;
        var request = PaperRequest.Read(kind, paperFormat, name => query[name].FirstOrDefault());
        errors.AddRange(request.Errors.Select(error => error with { Message = error.Message.TrimEnd('.') }));
        return errors.Count > 0 ? (null, ApiProblems.Invalid(errors, "The paper's address has a mistake.")) : (request, null);
    }

    private static IResult Serve(HttpContext context, PaperRequest request, PaperSources sources)
    {
        var built = BoardPaperBuilder.Build(request, sources);
        if (built.Problem is { } problem)
        {
            return problem.Kind == PaperProblemKind.NotFound
                ? ApiProblems.NotFound($"There is no such {problem.Field}.", problem.Message)
                : ApiProblems.Invalid([new FieldError(problem.Field, problem.Message.TrimEnd('.'))], "The paper's address has a mistake.");
        }
        var written = PaperWriter.Write(built.Paper!, request.Format);
        // Board papers hold the board's data: never kept by a shared cache.
        context.Response.Headers.CacheControl = "no-store";
        if (request.Format == PaperFormat.Print)
        {
            context.Response.Headers.ContentSecurityPolicy = PrintContentSecurityPolicy;
        }
        return TypedResults.File(written.Content, written.MediaType, written.FileName);
    }
}
