using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Safeguarding.BoardPapers;
using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.BoardPapers.YearlyReports;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;
using Safeguarding.Widgets.YearlyReports;

namespace Safeguarding.Widgets.Papers;

/// <summary>
/// The endpoints that serve the widgets' reports as board papers:
/// <c>{EndpointPath}/papers/{paper}.{csv|xlsx|docx|html}</c>, each behind the policy of the widget
/// that shows the same data, with the widget's parameters in the query string (<c>plan</c>,
/// <c>asAt</c>, <c>exceptionsOnly</c>, <c>agency</c>, <c>action</c>, <c>scorecard</c>,
/// <c>asItStoodOn</c>). A parameter that cannot be read is answered 400 naming it and what was
/// expected; a plan, action, agency or scorecard that does not exist, 404. Nothing is stored.
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

    private static readonly string[] Papers = [ExceptionReport, ActionPlan, Scorecard, ProgressHistory, UpdatesDue, YearlyReport];

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
        if (!Papers.Contains(paper, StringComparer.Ordinal) || !PaperFormats.TryParseExtension(format, out var paperFormat))
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such board paper.",
                detail: $"Expected one of {string.Join(", ", Papers)}, as .html (print view), .docx, .xlsx or .csv.");
        }
        if (!(await authorization.AuthorizeAsync(context.User, SafeguardingPolicies.ReadPlans).ConfigureAwait(false)).Succeeded)
        {
            return await RefusedAsync(context).ConfigureAwait(false);
        }
        var query = context.Request.Query;
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var asAt = Read(query, "asAt", LocalDatePattern.Iso, "a date written yyyy-MM-dd, such as 2014-11-30", errors);
        var asItStoodOn = Read(query, "asItStoodOn", InstantPattern.ExtendedIso, "an instant in UTC written yyyy-MM-ddTHH:mm:ssZ, such as 2014-12-01T10:00:00Z", errors);
        var exceptionsOnly = ReadBoolean(query, "exceptionsOnly", true, errors);
        if (errors.Count > 0)
        {
            return Results.ValidationProblem(errors, title: "The board paper's address has a value that cannot be read.");
        }
        var settings = options.Value;
        var planKey = Text(query, "plan");
        var agency = Text(query, "agency");
        var today = widgets.Today();
        var rules = new RagRuleOptions { RiskWindowDays = settings.RiskWindowDays };
        BoardPaper board;
        try
        {
            board = paper switch
            {
                ExceptionReport => ExceptionReportPaper.Create(await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false), asAt ?? today,
                    exceptionsOnly ? ExceptionReportMode.ExceptionsOnly : ExceptionReportMode.AllDue, asItStoodOn, rules),
                ActionPlan => ActionPlanPaper.Create(await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false), asAt ?? today, agency, asItStoodOn, rules),
                Scorecard => ScorecardPaper.Create(thresholds.LoadScorecard(Required(query, "scorecard")), Required(query, "scorecard")),
                YearlyReport => YearlyReportPaper.Create(yearly.Report(Text(query, "scorecard"), await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false),
                    (await authorization.AuthorizeAsync(context.User, SafeguardingPolicies.ReadLadoAggregates).ConfigureAwait(false)).Succeeded), "partners-yearly-report"),
                ProgressHistory => ProgressHistoryPaper.Create(await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false), Required(query, "action"), today, asItStoodOn),
                _ => UpdatesDuePaper.Create(await widgets.GetPlanAsync(planKey, context.RequestAborted).ConfigureAwait(false), asAt ?? today,
                    agency ?? AgencyLeadsOwnAgency(users.Resolve(context.User)), settings.EscalateAfterDays, asItStoodOn),
            };
        }
        catch (MissingParameterException missing)
        {
            return Results.ValidationProblem(new Dictionary<string, string[]> { [missing.Name] = [missing.Message] }, title: "The board paper's address is missing a value.");
        }
        catch (Exception notFound) when (notFound is KeyNotFoundException or FileNotFoundException or ArgumentException)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such plan, action, agency or scorecard.", detail: notFound.Message);
        }

        // Board papers hold the board's data: never kept by a shared cache.
        context.Response.Headers.CacheControl = "no-store";
        if (paperFormat == PaperFormat.Print)
        {
            return Results.Content(PrintPaperWriter.Write(board, context.Request.PathBase + StylesheetPath(settings)), paperFormat.MediaType());
        }
        using var stream = new MemoryStream();
        switch (paperFormat)
        {
            case PaperFormat.Csv:
                CsvPaperWriter.Write(board, stream);
                break;
            case PaperFormat.Spreadsheet:
                SpreadsheetPaperWriter.Write(board, stream);
                break;
            default:
                DocumentPaperWriter.Write(board, stream);
                break;
        }
        return Results.File(stream.ToArray(), paperFormat.MediaType(), board.FileName(paperFormat));
    }

    // An agency lead's returns are their own agency's unless the address names another, as in the updates-due widget.
    private static string? AgencyLeadsOwnAgency(BoardUser? user) =>
        user is { } lead && lead.IsIn(BoardRole.AgencyLead) && !lead.IsIn(BoardRole.BusinessUnit) && lead.Agencies.Count > 0 ? lead.Agencies[0] : null;

    private static string? Text(IQueryCollection query, string name) =>
        query[name].ToString() is { Length: > 0 } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;

    private static string Required(IQueryCollection query, string name) =>
        Text(query, name) ?? throw new MissingParameterException(name, $"Expected \"{name}\" in the address, naming the {(name == "action" ? "action by its ref, such as 2.1.3" : "scorecard by its file's name, such as domestic-abuse-2015-16")}.");

    private static T? Read<T>(IQueryCollection query, string name, IPattern<T> pattern, string expected, Dictionary<string, string[]> errors)
        where T : struct
    {
        if (Text(query, name) is not { } text)
        {
            return null;
        }
        var parsed = pattern.Parse(text);
        if (parsed.Success)
        {
            return parsed.Value;
        }
        errors[name] = [$"Expected {expected}, but found \"{Shorten(text)}\"."];
        return null;
    }

    private static bool ReadBoolean(IQueryCollection query, string name, bool fallback, Dictionary<string, string[]> errors)
    {
        if (Text(query, name) is not { } text)
        {
            return fallback;
        }
        if (bool.TryParse(text, out var value))
        {
            return value;
        }
        errors[name] = [$"Expected true or false, but found \"{Shorten(text)}\"."];
        return fallback;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

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

    private sealed class MissingParameterException(string name, string message) : Exception(message)
    {
        internal string Name { get; } = name;
    }
}
