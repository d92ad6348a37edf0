// A partner agency's MVC intranet as `dotnet new mvc` makes it, with the Safeguarding widgets added
// from the packed packages by .ci/consumer-apps.sh. Static files through MapStaticAssets, as the
// template does.
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

var builder = WebApplication.CreateBuilder(args);
var planFolder = builder.Configuration["Safeguarding:PlanFolder"]
    ?? throw new InvalidOperationException("Set Safeguarding:PlanFolder (Safeguarding__PlanFolder) to the absolute path of seeds/plans.");

builder.Services.AddControllersWithViews();
builder.Services.AddSafeguardingWidgets(options =>
{
    options.DefaultPlanKey = "hscb-business-plan-2014-15";
    // This check has no sign-in: let whoever reaches the page read the board's plans.
    options.Identity.AnonymousMayReadPlans = true;
});
builder.Services.AddSingleton<IBusinessPlanRepository>(new InMemoryBusinessPlanRepository(PlanFileImporter.ImportFolder(planFolder)));

var app = builder.Build();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/Home/Error");
}
app.UseRouting();
app.UseAuthorization();
app.MapStaticAssets();
app.MapControllerRoute(name: "default", pattern: "{controller=Home}/{action=Index}/{id?}")
    .WithStaticAssets();
app.MapSafeguardingWidgets();
app.Run();
