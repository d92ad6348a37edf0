using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.BoardPapers;
using Safeguarding.BoardPapers.Requests;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;
using Safeguarding.Widgets.YearlyReports;

namespace Safeguarding.Widgets.Papers;

/// <summary>
/// The endpoints that serve the widgets' reports as board papers:
/// <c>{EndpointPath}/papers/{paper}.{csv|xlsx|docx|html}</c>, each behind the policy of the widget
/// that shows the same data, with the widget's parameters in the query string (<c>plan</c>,
/// <c>asAt</c>, <c>exceptionsOnly</c>, <c>agency</c>, <c>action</c>, <c>scorecard</c>,
/// <c>asItStoodOn</c>), read and built by <see cref="BoardPaperBuilder"/> as the hub's API does. A
/// parameter that cannot be read, is missing, or names an agency the plan does not is answered 400
/// naming it and what was expected; a plan, action or scorecard that does not exist, 404. Nothing is stored.
/// </summary>
public static class PaperEndpoints
{
    /// <summary>The exception report (<c>plan</c>, <c>asAt</c>, <c>exceptionsOnly</c>, <c>asItStoodOn</c>); also as Word.</summary>
    public const string ExceptionReport = "exception-report";

    /// <summary>The action plan, whole or one agency's (<c>plan</c>, <c>agency</c>, <c>asAt</c>, <c>asItStoodOn</c>).</summary>
    public const string ActionPlan = "action-plan";

    /// <summary>A scorecard (<c>scorecard</c>: its file's name without ".json").</summary>
    public const string Scorecard = "scorecard";

    /// <summary>An action's progress history (<c>plan</c>, <c>action</c>, <c>asItStoodOn</c>).</summary>
    public const string ProgressHistory = "progress-history";

    /// <summary>The progress returns due (<c>plan</c>, <c>agency</c>, <c>asAt</c>, <c>asItStoodOn</c>).</summary>
    public const string UpdatesDue = "updates-due";

    /// <summary>The partners' yearly report, from <see cref="SafeguardingWidgetsOptions.AnnualReportFile"/> (<c>scorecard</c>; the default plan when it is the year's). The LADO's figures only for those who may see them.</summary>
    public const string YearlyReport = "yearly-report";

    private static readonly BoardPaperKind[] Papers =
        [BoardPaperKind.ExceptionReport, BoardPaperKind.ActionPlan, BoardPaperKind.Scorecard, BoardPaperKind.ProgressHistory, BoardPaperKind.UpdatesDue, BoardPaperKind.YearlyReport];

    /// <summary>Gets the path of a paper in a format.</summary>
    /// <param name="options">The widgets' options.</param>
    /// <param name="paper">The paper, such as <see cref="ExceptionReport"/>.</param>
    /// <param name="format">The format.</param>
    /// <returns>Such as "/safeguarding/papers/exception-report.docx".</returns>
    public static string PaperPath(SafeguardingWidgetsOptions options, string paper, PaperFormat format) =>
        $"{Root(options)}/papers/{paper}.{format.Extension()}";

    /// <summary>Gets the path the print views' stylesheet is served from.</summary>
    /// <param name="options">The widgets' options.</param>
    /// <returns>Such as "/safeguarding/papers/board-paper.css".</returns>
    public static string StylesheetPath(SafeguardingWidgetsOptions options) => $"{Root(options)}/papers/board-paper.css";

    /// <summary>Gets the formats every paper is offered in, in the order links show them: the print view, Word, Excel and CSV.</summary>
    public static IReadOnlyList<PaperFormat> Formats { get; } = [PaperFormat.Print, PaperFormat.Document, PaperFormat.Spreadsheet, PaperFormat.Csv];

    internal static void Map(RouteGroupBuilder group)
    {
        group.MapGet("/papers/board-paper.css", () => Results.Text(PrintPaperWriter.Stylesheet, "text/css; charset=utf-8"));
        group.MapGet("/papers/{paper}.{format}", ServeAsync);
    }

    private static async Task<IResult> ServeAsync(HttpContext context, string paper, string format, IAuthorizationService authorization,
        WidgetViewModelService widgets, ThresholdViewModelService thresholds, YearlyReportService yearly, IBoardUserResolver users, IOptions<SafeguardingWidgetsOptions> options)
    {
        if (!BoardPaperKinds.TryParse(paper, Papers, out var kind) || !PaperFormats.TryParseExtension(format, out var paperFormat))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such board paper.",
                detail: $"Expected one of {BoardPaperKinds.List(Papers)}, as .html (print view), .docx, .xlsx or .csv.");
        }
        if (!(await authorization.AuthorizeAsync(context.User, SafeguardingPolicies.ReadPlans).ConfigureAwait(false)).Succeeded)
        {
            return await RefusedAsync(context).ConfigureAwait(false);
        }
        var query = context.Request.Query;
        var request = PaperRequest.Read(kind, paperFormat, name => query[name].FirstOrDefault());
        if (request.Errors.Count > 0)
        {
            return Results.ValidationProblem(Fields(request.Errors), title: "The board paper's address has a value that cannot be read.");
        }
        var settings = options.Value;
        BusinessPlan? plan = null;
        if (kind.UsesPlan())
        {
            try
            {
                plan = await widgets.GetPlanAsync(query["plan"].FirstOrDefault() is { Length: > 0 } key && !string.IsNullOrWhiteSpace(key) ? key.Trim() : null, context.RequestAborted).ConfigureAwait(false);
            }
            catch (KeyNotFoundException notFound)
            {
                return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such plan.", detail: notFound.Message);
            }
        }
        var mayReadLado = kind == BoardPaperKind.YearlyReport
            && (await authorization.AuthorizeAsync(context.User, SafeguardingPolicies.ReadLadoAggregates).ConfigureAwait(false)).Succeeded;
        var built = BoardPaperBuilder.Build(request, new PaperSources
        {
            Today = widgets.Today(),
            Plan = plan,
            Rules = new RagRuleOptions { RiskWindowDays = settings.RiskWindowDays },
            EscalateAfterDays = settings.EscalateAfterDays,
            Reader = users.Resolve(context.User),
            Scorecards = key => thresholds.FindScorecard(key),
            AnnualReport = kind == BoardPaperKind.YearlyReport ? yearly.Figures : null,
            MayReadLadoFigures = mayReadLado,
        });
        if (built.Problem is { } problem)
        {
            return problem.Kind == PaperProblemKind.NotFound
                ? Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such action or scorecard.", detail: problem.Message)
                : Results.ValidationProblem(Fields([new FieldError(problem.Field, problem.Message)]), title: "The board paper's address is missing a value, or has one the data does not hold.");
        }

        // Board papers hold the board's data: never kept by a shared cache.
        context.Response.Headers.CacheControl = "no-store";
        var written = PaperWriter.Write(built.Paper!, paperFormat, context.Request.PathBase + StylesheetPath(settings));
        return paperFormat == PaperFormat.Print
            ? Results.Bytes(written.Content, written.MediaType)
            : Results.File(written.Content, written.MediaType, written.FileName);
    }

    private static Dictionary<string, string[]> Fields(IEnumerable<FieldError> errors) =>
        errors.GroupBy(error => error.Field, StringComparer.Ordinal).ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal);

    // A host with a sign-in scheme challenges or forbids; one without answers 401 or 403 in words.
    private static async Task<IResult> RefusedAsync(HttpContext context)
    {
        var signedIn = context.User.Identity?.IsAuthenticated == true;
        var schemes = context.RequestServices.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>();
        var scheme = schemes is null ? null
            : signedIn ? await schemes.GetDefaultForbidSchemeAsync().ConfigureAwait(false) : await schemes.GetDefaultChallengeSchemeAsync().ConfigureAwait(false);
        if (scheme is not null)
        {
            return signedIn ? Results.Forbid() : Results.Challenge();
        }
        return signedIn
            ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "Your role does not give you access to the board's plans and reports.")
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in to see the board's plans, ratings and reports.");
    }

    private static string Root(SafeguardingWidgetsOptions options) => (options ?? throw new ArgumentNullException(nameof(options))).EndpointPath.TrimEnd('/');
}
