using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Hub.Boards;
using Safeguarding.Hub.Clients;
using Safeguarding.Hub.Security;
using Safeguarding.Widgets;
using Safeguarding.Widgets.Security;

namespace Safeguarding.Hub.Embeds;

/// <summary>
/// Every widget at <c>/embed/{widget}</c> as a page an iframe shows, and at
/// <c>/embed/{widget}/fragment</c> as bare HTML, with the widgets' stylesheet; the widget's
/// attributes are query parameters (<c>?plan=…&amp;as-at=2014-11-30</c>), and <c>board</c> names the board.
/// </summary>
internal static partial class EmbedEndpoints
{
    internal static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints, SafeguardingHubOptions options)
    {
        var group = endpoints.MapGroup(options.EmbedPath.TrimEnd('/'));
        group.ExcludeFromDescription();
        group.RequireRateLimiting(HubRateLimiting.PolicyName);
        group.MapGet("/parent.js", ParentScript);
        group.MapGet("/{widget}", (HttpContext context, string widget) => RenderAsync(context, widget, fragment: false));
        // The statutory checkers post their forms back to the page they are on (each checks its own antiforgery token).
        group.MapPost("/{widget}", (HttpContext context, string widget) => RenderAsync(context, widget, fragment: false)).DisableAntiforgery();
        group.MapGet("/{widget}/fragment", (HttpContext context, string widget) => RenderAsync(context, widget, fragment: true));
        return group;
    }

    private static IResult ParentScript(HttpContext context)
    {
        HubSecurityHeaders.ForApi(context.Response);
        context.Response.Headers.CacheControl = "public, max-age=3600";
        return Results.Text(EmbedScripts.Parent, "text/javascript; charset=utf-8");
    }

    private static async Task RenderAsync(HttpContext context, string widgetName, bool fragment)
    {
        var services = context.RequestServices;
        var hub = services.GetRequiredService<IOptions<SafeguardingHubOptions>>().Value;
        var nonce = HubSecurityHeaders.NewNonce();
        if (!EmbeddableWidgets.All.TryGetValue(widgetName, out var widget))
        {
            await MessageAsync(context, StatusCodes.Status404NotFound, $"There is no widget \"{Api.ApiQuery.Shorten(widgetName)}\" to embed. The widgets are: {string.Join(", ", EmbeddableWidgets.All.Keys.Order(StringComparer.Ordinal))}.", nonce, ["'none'"]).ConfigureAwait(false);
            return;
        }
        var board = context.Request.Query["board"].ToString() is { Length: > 0 } named ? hub.FindBoard(named)
            : hub.FindBoard(hub.HostBoard) ?? (hub.Boards.Count == 1 ? hub.Boards[0] : null);
        if (board is null)
        {
            await MessageAsync(context, StatusCodes.Status404NotFound, $"Name the board with ?board=: this hub serves {string.Join(", ", hub.Boards.Select(known => known.Id))}.", nonce, ["'none'"]).ConfigureAwait(false);
            return;
        }
        var ancestors = fragment ? (IReadOnlyList<string>)["'none'"] : ["'self'", .. hub.FrameAncestors, .. board.FrameAncestors];

        // A partner's server may fetch a fragment with its API client's key (a server-side include).
        if (context.Request.Headers.Authorization.ToString().StartsWith(ApiClientKey.HeaderScheme + " ", StringComparison.OrdinalIgnoreCase))
        {
            var signedIn = await context.AuthenticateAsync(ApiClientAuthenticationHandler.SchemeName).ConfigureAwait(false);
            if (!signedIn.Succeeded)
            {
                await MessageAsync(context, StatusCodes.Status401Unauthorized, "The API client key is unknown, wrong or revoked.", nonce, ancestors).ConfigureAwait(false);
                return;
            }
            context.User = signedIn.Principal;
        }

        await using var body = new StringWriter();
        var tagHelper = WidgetRenderer.Create(context, widget, out var viewContext, body);
        var errors = new List<FieldError>();
        EmbeddableWidgets.Bind(widget, tagHelper, context.Request.Query, errors);
        if (errors.Count > 0)
        {
            await MessageAsync(context, StatusCodes.Status400BadRequest, string.Join(" ", errors.Select(error => $"{error.Field}: {error.Message}.")), nonce, ancestors).ConfigureAwait(false);
            return;
        }
        (int Status, string Message)? refusal;
        try
        {
            refusal = widget.ShowsPlan ? await CheckPlanAsync(context, widget, tagHelper, board).ConfigureAwait(false) : null;
        }
        catch (BusinessPlanStoreUnavailableException exception)
        {
            refusal = (StatusCodes.Status503ServiceUnavailable, exception.Message);
        }
        if (refusal is { } refused)
        {
            await MessageAsync(context, refused.Status, refused.Message, nonce, ancestors).ConfigureAwait(false);
            return;
        }

        var html = await WidgetRenderer.RenderAsync(widget, tagHelper, viewContext).ConfigureAwait(false);
        html = LinksLeaveTheFrame(html);
        HubSecurityHeaders.ForEmbed(context.Response, nonce, ancestors);
        if (fragment)
        {
            AllowOrigin(context, hub, board);
            await WriteAsync(context, StatusCodes.Status200OK, html).ConfigureAwait(false);
            return;
        }
        var title = $"{widget.Title} – {board.Name}";
        await WriteAsync(context, StatusCodes.Status200OK, Page(context, title, html, nonce, [.. ancestors.Where(source => source != "'self'")], widget.Name)).ConfigureAwait(false);
    }

    // A widget that shows a plan shows one of this board's plans, to this board's people (or to
    // anyone, where the host lets anonymous people read plans: the widget then decides).
    private static async Task<(int Status, string Message)?> CheckPlanAsync(HttpContext context, EmbeddableWidget widget, object tagHelper, HubBoard board)
    {
        var services = context.RequestServices;
        var planProperty = widget.Parameters["plan"];
        var planKey = planProperty.GetValue(tagHelper) as string ?? board.DefaultPlanKey
            ?? services.GetRequiredService<IOptions<SafeguardingWidgetsOptions>>().Value.DefaultPlanKey;
        var plans = services.GetRequiredService<IBusinessPlanRepository>();
        if (planKey is null)
        {
            planKey = (await plans.ListAsync(context.RequestAborted).ConfigureAwait(false)).FirstOrDefault(plan => board.Owns(plan.BoardName))?.Key;
        }
        var plan = planKey is null ? null : await plans.GetAsync(planKey, context.RequestAborted).ConfigureAwait(false);
        if (plan is null || !board.Owns(plan.Board.Name))
        {
            return (StatusCodes.Status404NotFound, $"Board \"{board.Id}\" has no plan \"{Api.ApiQuery.Shorten(planKey ?? string.Empty)}\".");
        }
        planProperty.SetValue(tagHelper, plan.Key);
        var user = services.GetRequiredService<IBoardUserResolver>().Resolve(context.User);
        if (user is not null && !services.GetRequiredService<HubBoardMembership>().ActsFor(context.User, board))
        {
            return (StatusCodes.Status403Forbidden, "You are signed in for another board, so this board's plan is not shown.");
        }
        return null;
    }

    private static void AllowOrigin(HttpContext context, SafeguardingHubOptions hub, HubBoard board)
    {
        var origin = context.Request.Headers.Origin.ToString();
        if (origin.Length > 0 && hub.FrameAncestors.Concat(board.FrameAncestors).Contains(origin, StringComparer.OrdinalIgnoreCase))
        {
            context.Response.Headers.AccessControlAllowOrigin = origin;
        }
        context.Response.Headers.Vary = "Origin";
    }

    private static string Page(HttpContext context, string title, string html, string nonce, IReadOnlyList<string> scriptOrigins, string widgetName)
    {
        var stylesheet = $"{context.Request.PathBase}/_content/Safeguarding.Widgets/css/safeguarding-widgets.css";
        var origins = scriptOrigins.Prepend($"{context.Request.Scheme}://{context.Request.Host}");
        return $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{WebUtility.HtmlEncode(title)}</title>
            <link rel="stylesheet" href="{WebUtility.HtmlEncode(stylesheet)}">
            <style nonce="{nonce}">{EmbedStyle}</style>
            </head>
            <body class="sg-embed">
            <main id="sg-embed" data-sg-embed="{widgetName}">
            {html}
            </main>
            <script nonce="{nonce}">
            {EmbedScripts.InFrame(origins)}
            </script>
            </body>
            </html>
            """;
    }

    private const string EmbedStyle = "html, body { margin: 0; padding: 0; background: #fff; } #sg-embed { padding: 4px 8px; display: flow-root; }";

    private static Task MessageAsync(HttpContext context, int status, string message, string nonce, IReadOnlyList<string> ancestors)
    {
        HubSecurityHeaders.ForEmbed(context.Response, nonce, ancestors);
        var html = $"""
            <!DOCTYPE html>
            <html lang="en-GB">
            <head><meta charset="utf-8"><title>This part of the page cannot be shown</title></head>
            <body><main><p class="sg-notice">{WebUtility.HtmlEncode(message)}</p></main></body>
            </html>
            """;
        return WriteAsync(context, status, html);
    }

    private static Task WriteAsync(HttpContext context, int status, string html)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "text/html; charset=utf-8";
        return context.Response.WriteAsync(html, Encoding.UTF8, context.RequestAborted);
    }

    // A link to one of the host's pages opens in the whole window, not inside the frame (the host's
    // pages may not be framed); links within the widget (#…) and its forms stay in the frame.
    internal static string LinksLeaveTheFrame(string html) => OutwardLink().Replace(html, "<a target=\"_top\"");

    // An <a> whose href is not "#…" and that names no target of its own, whatever its attributes' order.
    [GeneratedRegex("<a(?=\\s[^>]*\\bhref=\"[^#\"])(?![^>]*\\btarget=)")]
    private static partial Regex OutwardLink();
}
