using Microsoft.Extensions.Options;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.SampleIntranet.Models;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<IntranetOptions>(builder.Configuration.GetSection("Intranet"));
var mvc = builder.Services.AddControllersWithViews();
if (builder.Environment.IsDevelopment())
{
    // Edits to views, including a view that overrides a widget's, show on the next request.
    mvc.AddRazorRuntimeCompilation();
}

builder.Services.AddSafeguardingWidgets(options =>
    options.DefaultPlanKey = builder.Configuration["Intranet:PlanKey"]);
builder.Services.AddSingleton<IBusinessPlanRepository>(services =>
{
    var intranet = services.GetRequiredService<IOptions<IntranetOptions>>().Value;
    var folder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, intranet.SeedFolder));
    return new InMemoryBusinessPlanRepository(PlanFileImporter.ImportFolder(folder));
});
builder.Services.AddScoped<IntranetPageFactory>();

var app = builder.Build();

if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}
app.UseRequestLocalization("en-GB");
app.UseStaticFiles();
app.UseRouting();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}");
app.Map("/error", () => Results.Problem("Something went wrong showing this page. Try again, or tell the intranet team."));

app.Run();

/// <summary>The sample intranet's entry point, visible to its tests.</summary>
public partial class Program;
