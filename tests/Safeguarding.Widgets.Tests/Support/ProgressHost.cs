using System.Net;
using System.Security.Claims;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// A bare host with the progress widgets on one page per action, the package's endpoints mapped,
/// and a test sign-in: the header <c>X-Test-User</c> carries "role" or "role:agency", so each test
/// acts as any role. Plans are in memory, from the seed files; the clock stands at 30 November 2014.
/// </summary>
public sealed class ProgressHost : IAsyncLifetime
{
    private static readonly HtmlParser Parser = new();
    private WebApplication? _app;

    internal InMemoryBusinessPlanRepository Repository { get; } = new(PlanFileImporter.ImportFolder(RepositoryFolders.SeedPlans));

    public async Task InitializeAsync()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(ProgressHost).Assembly.GetName().Name });
        builder.WebHost.UseTestServer();
        builder.Services.AddControllersWithViews()
            .AddApplicationPart(typeof(ProgressHost).Assembly)
            .AddApplicationPart(typeof(Safeguarding.Widgets.Components.RagBadgeViewComponent).Assembly)
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var part in parts.ApplicationParts.Where(part => part.Name.StartsWith("Safeguarding.SampleIntranet", StringComparison.Ordinal)).ToList())
                {
                    parts.ApplicationParts.Remove(part);
                }
            });
        builder.Services.AddSafeguardingWidgets(options => options.ActionPageTemplate = "/progress-page/{plan}/{action}");
        builder.Services.AddSingleton<IClock>(new FakeClock(SampleIntranetFactory.Now));
        builder.Services.AddSingleton<IBusinessPlanRepository>(Repository);
        _app = builder.Build();
        _app.UseRequestLocalization("en-GB");
        _app.Use((context, next) =>
        {
            if (context.Request.Headers["X-Test-User"].ToString() is { Length: > 0 } user)
            {
                var parts = user.Split(':', 2);
                List<Claim> claims = [new(ClaimTypes.NameIdentifier, $"test-{user}"), new(ClaimTypes.Name, $"Test {parts[0]}"), new(ClaimTypes.Role, parts[0])];
                if (parts.Length > 1)
                {
                    claims.Add(new Claim("safeguarding_agency", parts[1]));
                }
                context.User = new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
            }
            return next(context);
        });
        _app.UseAuthorization();
        _app.MapControllers();
        _app.MapSafeguardingWidgets();
        await _app.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
    }

    /// <summary>A browser-like client for one user: cookies kept, redirects not followed.</summary>
    internal HttpClient ClientFor(string? user)
    {
        var client = new HttpClient(new CookieContainerHandler { InnerHandler = _app!.GetTestServer().CreateHandler() }) { BaseAddress = new Uri("http://localhost") };
        if (user is not null)
        {
            client.DefaultRequestHeaders.Add("X-Test-User", user);
        }
        return client;
    }

    internal static Task<IHtmlDocument> GetPageAsync(HttpClient client, string plan, string action) =>
        GetAsync(client, $"/progress-page/{plan}/{Uri.EscapeDataString(action)}");

    internal static async Task<IHtmlDocument> GetAsync(HttpClient client, string path)
    {
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"GET {path} answered {(int)response.StatusCode}: {html}");
        return Parser.ParseDocument(html);
    }

    /// <summary>Fills the page's progress form with the values given (others as the form has them) and posts it; returns the response (a redirect).</summary>
    internal static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, IHtmlDocument page, IDictionary<string, string> values)
    {
        var (action, fields) = FormFields(page, values);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    /// <summary>The page's progress form as it would be posted: where to, and its fields with the values given.</summary>
    internal static (string Action, List<KeyValuePair<string, string>> Fields) FormFields(IHtmlDocument page, IDictionary<string, string> values) =>
        FormFields((IHtmlFormElement)page.QuerySelector("[data-sg-widget=progress-update] form")!, values);

    /// <summary>Any form's fields as a browser would post them (hidden inputs, checked boxes, chosen radios, typed text), with the values given.</summary>
    internal static (string Action, List<KeyValuePair<string, string>> Fields) FormFields(IHtmlFormElement form, IDictionary<string, string> values)
    {
        var fields = new List<KeyValuePair<string, string>>();
        foreach (var input in form.QuerySelectorAll("input, textarea, select"))
        {
            var name = input.GetAttribute("name");
            if (name is null || values.ContainsKey(name))
            {
                continue;
            }
            switch (input)
            {
                case IHtmlInputElement { Type: "radio" or "checkbox" } box when !box.IsChecked:
                    break;
                case IHtmlInputElement field:
                    fields.Add(new(name, field.Value));
                    break;
                case IHtmlTextAreaElement area:
                    fields.Add(new(name, area.Value));
                    break;
                case IHtmlSelectElement select:
                    fields.Add(new(name, select.Value ?? string.Empty));
                    break;
            }
        }
        fields.AddRange(values);
        return (form.GetAttribute("action")!, fields);
    }

    /// <summary>A valid antiforgery token for the client's user, as any page of the host could give them.</summary>
    internal static async Task<string> AntiforgeryTokenAsync(HttpClient client) =>
        await client.GetStringAsync(new Uri("/antiforgery-token", UriKind.Relative));
}

/// <summary>The pages a host would have for one action: its form, and its history.</summary>
public sealed class ProgressPageController : Controller
{
    // "action" is MVC's own route value, so the action's ref is "actionRef" here.
    [HttpGet("/progress-page/{plan}/{actionRef}")]
    public IActionResult Form(string plan, string actionRef) => ViewComponent("SafeguardingProgressUpdate", new { action = actionRef, plan });

    [HttpGet("/progress-history/{plan}/{actionRef}")]
    public IActionResult History(string plan, string actionRef) => ViewComponent("SafeguardingProgressHistory", new { action = actionRef, plan });

    [HttpGet("/antiforgery-token")]
    public string Token([FromServices] Microsoft.AspNetCore.Antiforgery.IAntiforgery antiforgery) => antiforgery.GetAndStoreTokens(HttpContext).RequestToken!;

    [HttpGet("/updates-due/{plan}")]
    public IActionResult UpdatesDue(string plan, string? agency) => ViewComponent("SafeguardingUpdatesDue", new { plan, agency, asAt = (LocalDate?)null });
}
