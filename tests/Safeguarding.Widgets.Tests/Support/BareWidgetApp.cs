using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// A bare app on a test server with only the widgets and this assembly's controllers (none of the
/// sample's overrides), en-GB, and the user a test chooses: what <see cref="WidgetHost"/> and
/// <see cref="CaseRegisterWidgetHost"/> render widgets in.
/// </summary>
internal sealed class BareWidgetApp : IAsyncDisposable
{
    private readonly WebApplication _app;

    private BareWidgetApp(WebApplication app)
    {
        _app = app;
        Client = app.GetTestClient();
    }

    internal HttpClient Client { get; }

    /// <summary>Starts the app.</summary>
    /// <param name="services">Adds the widgets and what they read (a clock, repositories).</param>
    /// <param name="user">The user of a request, or <c>null</c> for nobody signed in.</param>
    internal static async Task<BareWidgetApp> StartAsync(Action<IServiceCollection> services, Func<HttpContext, ClaimsPrincipal?> user)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = "Production",
            ApplicationName = typeof(BareWidgetApp).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Services.AddControllersWithViews()
            .AddApplicationPart(typeof(BareWidgetApp).Assembly)
            .AddApplicationPart(typeof(Safeguarding.Widgets.Components.RagBadgeViewComponent).Assembly)
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var part in parts.ApplicationParts.Where(part => part.Name.StartsWith("Safeguarding.SampleIntranet", StringComparison.Ordinal)).ToList())
                {
                    parts.ApplicationParts.Remove(part);
                }
            });
        services(builder.Services);
        var app = builder.Build();
        app.UseRequestLocalization("en-GB");
        app.Use((context, next) =>
        {
            if (user(context) is { } principal)
            {
                context.User = principal;
            }
            return next(context);
        });
        app.MapControllers();
        await app.StartAsync();
        return new BareWidgetApp(app);
    }

    /// <summary>Gets a page that must answer with success, and its HTML.</summary>
    internal async Task<string> RenderAsync(string path)
    {
        using var response = await Client.GetAsync(new Uri(path, UriKind.Relative));
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"GET {path} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>A signed-in user with one board role.</summary>
    internal static ClaimsPrincipal User(string id, string name, string role) =>
        new(new ClaimsIdentity([new(ClaimTypes.NameIdentifier, id), new(ClaimTypes.Name, name), new(ClaimTypes.Role, role)], "Test"));

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.DisposeAsync();
    }
}
