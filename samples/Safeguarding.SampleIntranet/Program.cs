using Safeguarding.EntityFrameworkCore;
using Safeguarding.SampleIntranet.Models;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<IntranetOptions>(builder.Configuration.GetSection("Intranet"));
var mvc = builder.Services.AddControllersWithViews();
if (builder.Environment.IsDevelopment())
{
    // Edits to views, including a view that overrides a widget's, show on the next request.
    mvc.AddRazorRuntimeCompilation();
}

var intranet = builder.Configuration.GetSection("Intranet").Get<IntranetOptions>() ?? new IntranetOptions();
builder.Services.AddSafeguardingWidgets(options =>
{
    options.DefaultPlanKey = intranet.PlanKey;
    options.ScorecardFolder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, intranet.ScorecardFolder));
    options.AnnualReportFile = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, intranet.AnnualReportFile));
});
var database = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, intranet.Database));
Directory.CreateDirectory(Path.GetDirectoryName(database)!);
builder.Services.AddSafeguardingSqlite($"Data Source={database}");
builder.Services.AddScoped<IntranetPageFactory>();

var app = builder.Build();

// The embedded database is created and seeded from the board's plan files on first run; once it
// holds plans it is never reseeded, so progress recorded since is kept.
await using (var scope = app.Services.CreateAsyncScope())
{
    await scope.ServiceProvider.GetRequiredService<SafeguardingDatabaseInitializer>()
        .InitializeAsync(Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, intranet.SeedFolder)));
}

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}
app.UseRequestLocalization("en-GB");
app.UseStaticFiles();
app.UseRouting();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}");
app.Map("/error", () => Results.Problem("Something went wrong showing this page. Try again, or tell the intranet team."));

await app.RunAsync();

/// <summary>The sample intranet's entry point, visible to its tests.</summary>
public partial class Program;
