using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using NodaTime.Testing;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// A host that compiles Razor pages written by a test at run time, as a partner's own pages are:
/// each page is a .cshtml file in a temporary content root with <c>@addTagHelper *, Safeguarding.Widgets</c>,
/// so a test (or a README example) proves what compiles and what renders. Plans from the seed files,
/// the clock at 30 November 2014, anonymous users allowed to read plans.
/// </summary>
public abstract class RazorPageHost(string environment) : IAsyncLifetime
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), $"sg-razor-{Guid.NewGuid():N}");
    private WebApplication? _app;
    private HttpClient? _client;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Path.Combine(_root, "Views", "Examples"));
        await File.WriteAllTextAsync(Path.Combine(_root, "Views", "_ViewImports.cshtml"), "@addTagHelper *, Safeguarding.Widgets\n");
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions
        {
            EnvironmentName = environment,
            ContentRootPath = _root,
            ApplicationName = typeof(RazorPageHost).Assembly.GetName().Name,
        });
        builder.WebHost.UseTestServer();
        builder.Services.AddControllersWithViews()
            .AddApplicationPart(typeof(RazorPageHost).Assembly)
            .AddApplicationPart(typeof(Safeguarding.Widgets.Components.RagBadgeViewComponent).Assembly)
            .ConfigureApplicationPartManager(parts =>
            {
                foreach (var part in parts.ApplicationParts.Where(part => part.Name.StartsWith("Safeguarding.SampleIntranet", StringComparison.Ordinal)).ToList())
                {
                    parts.ApplicationParts.Remove(part);
                }
            })
            .AddRazorRuntimeCompilation(options => options.FileProviders.Add(new PhysicalFileProvider(_root)));
        builder.Services.AddSafeguardingWidgets(options =>
        {
            options.Identity.AnonymousMayReadPlans = true;
            options.ScorecardFolder = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "scorecards");
            options.AnnualReportFile = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json");
        });
        builder.Services.AddSingleton<IClock>(new FakeClock(SampleIntranetFactory.Now));
        builder.Services.AddSingleton<IBusinessPlanRepository>(new InMemoryBusinessPlanRepository(PlanFileImporter.ImportFolder(RepositoryFolders.SeedPlans)));
        _app = builder.Build();
        _app.UseRequestLocalization("en-GB");
        _app.MapControllers();
        await _app.StartAsync();
        _client = _app.GetTestClient();
    }

    public async Task DisposeAsync()
    {
        _client?.Dispose();
        if (_app is not null)
        {
            await _app.DisposeAsync();
        }
        Directory.Delete(_root, recursive: true);
    }

    /// <summary>Writes a page and renders it: its status and HTML.</summary>
    internal async Task<(HttpStatusCode Status, string Html)> RenderAsync(string razor)
    {
        var name = $"Page{Guid.NewGuid():N}";
        await File.WriteAllTextAsync(Path.Combine(_root, "Views", "Examples", $"{name}.cshtml"), razor);
        using var response = await _client!.GetAsync(new Uri($"/razor-page/{name}", UriKind.Relative));
        return (response.StatusCode, await response.Content.ReadAsStringAsync());
    }
}

/// <summary>The Razor page host as a production intranet runs.</summary>
public sealed class ProductionRazorPageHost() : RazorPageHost("Production");

/// <summary>The Razor page host as a developer runs it.</summary>
public sealed class DevelopmentRazorPageHost() : RazorPageHost("Development");

/// <summary>Renders a page written by a test.</summary>
public sealed class RazorPageController : Controller
{
    [HttpGet("/razor-page/{name}")]
    public IActionResult Show(string name) => View($"/Views/Examples/{name}.cshtml");
}
