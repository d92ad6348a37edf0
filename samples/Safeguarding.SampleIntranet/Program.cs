using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Safeguarding.EntityFrameworkCore;
using Safeguarding.SampleIntranet.Demo;
using Safeguarding.SampleIntranet.Identity;
using Safeguarding.SampleIntranet.Models;
using Safeguarding.SampleIntranet.Security;

var builder = WebApplication.CreateBuilder(args);

builder.Services.Configure<IntranetOptions>(builder.Configuration.GetSection("Intranet"));
var mvc = builder.Services.AddControllersWithViews();
#if DEBUG
if (builder.Environment.IsDevelopment())
{
    // Edits to views, including a view that overrides a widget's, show on the next request. Debug
    // builds only: a Release publish ships no compiler.
    mvc.AddRazorRuntimeCompilation();
}
#endif

var intranet = builder.Configuration.GetSection("Intranet").Get<IntranetOptions>() ?? new IntranetOptions();
builder.Services.AddSafeguardingWidgets(options =>
{
    options.DefaultPlanKey = intranet.PlanKey;
    options.ScorecardFolder = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, intranet.ScorecardFolder));
    options.AnnualReportFile = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, intranet.AnnualReportFile));
    // Each action's ref in the widgets links to the sample's page for it, with its progress form.
    options.ActionPageTemplate = "/actions/{action}";
    // Plan widgets' HTML is kept until their plan changes, except in Development, where an edited
    // overriding view should show on the next request.
    options.KeepRenderedWidgets = !builder.Environment.IsDevelopment();
    // The LADO gauge from the register measures against the board's own targets: seed 003's for
    // 2015-16, and a demonstration target (fictional) from 2016-17 on.
    options.LadoTimelinessTargets.Add(Safeguarding.Domain.Allegations.LadoTimelinessTarget.Herefordshire2015To16);
    options.LadoTimelinessTargets.Add(DemoCaseRegisters.Target);
});
// The board hub: its API and embeds for the partners' intranets (appsettings.json, "SafeguardingHub").
builder.Services.AddSafeguardingHub(builder.Configuration.GetSection("SafeguardingHub"));
var database = Path.GetFullPath(Path.Combine(builder.Environment.ContentRootPath, intranet.Database));
Directory.CreateDirectory(Path.GetDirectoryName(database)!);
var connectionString = $"Data Source={database}";
// The plans' store, on SQLite (the sample's own Microsoft.EntityFrameworkCore.Sqlite package).
builder.Services.AddSafeguardingEntityFrameworkCore(options => options.UseSqlite(connectionString));
builder.Services.AddScoped<DemoPlanSeeder>();
builder.Services.AddScoped<DemoCaseRegisters>();
builder.Services.AddHttpContextAccessor();
builder.Services.AddScoped<IntranetPageFactory>();

// Sign-in: ASP.NET Core Identity with a cookie; users and their claims (board role, agencies,
// display name) live in the plans' SQLite file, in tables of the identity context's own.
builder.Services.AddDbContext<IntranetIdentityDbContext>(options => IntranetIdentityDbContext.UseIntranetSqlite(options, connectionString));
builder.Services.AddAuthentication(IdentityConstants.ApplicationScheme).AddIdentityCookies();
builder.Services
    .AddIdentityCore<IdentityUser>(options =>
    {
        options.User.RequireUniqueEmail = true;
        options.SignIn.RequireConfirmedAccount = false;
        options.Lockout.MaxFailedAccessAttempts = 5;
        options.Lockout.DefaultLockoutTimeSpan = TimeSpan.FromMinutes(5);
    })
    .AddSignInManager()
    .AddEntityFrameworkStores<IntranetIdentityDbContext>();
builder.Services.ConfigureApplicationCookie(options =>
{
    options.LoginPath = "/account/sign-in";
    options.LogoutPath = "/account/sign-out";
    options.AccessDeniedPath = "/account/access-denied";
    options.Cookie.Name = "intranet.signin";
    options.Cookie.HttpOnly = true;
    options.Cookie.SameSite = SameSiteMode.Lax;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
    options.SlidingExpiration = true;
    options.ExpireTimeSpan = TimeSpan.FromHours(8);
    // Identity checks the sign-in against the user's security stamp every 30 minutes; asking
    // first whether a check is due spares every other request building the user store.
    options.Events.OnValidatePrincipal = SecurityStampCheck.ValidateWhenDueAsync;
});
// A sign-in cookie is decrypted once and its ticket kept for a few minutes (after the cookie
// handler has made its format, hence registered after AddIdentityCookies).
builder.Services.TryAddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IPostConfigureOptions<CookieAuthenticationOptions>, SignInTicketCache.Setup>();
// Pages that show the widgets (dashboard, plan pages, an action with its progress form, exception
// report, scorecard, the guides and their checkers) are kept by ASP.NET Core output caching with the
// widgets' page policy: per person and browser, and only until anything is committed to the
// database, a data file changes or the day turns. A page with a form is kept once the browser holds
// its antiforgery cookie, never while it carries TempData (a refused form's typed text). The plans'
// upload page and the case registers' pages, which log who looked, are not kept.
// Off in Development, where an edited view should show on the next request, and when
// Intranet:KeepPages is false.
builder.Services.AddOutputCache(options =>
{
    if (!builder.Environment.IsDevelopment() && intranet.KeepPages)
    {
        options.AddSafeguardingPagePolicy();
    }
    else
    {
        options.AddPolicy(Safeguarding.Widgets.Caching.SafeguardingPageCachePolicy.PolicyName, policy => policy.NoCache());
        options.AddPolicy(Safeguarding.Widgets.Caching.SafeguardingPageCachePolicy.PagesWithFormsPolicyName, policy => policy.NoCache());
    }
});
builder.Services.AddAntiforgery(options =>
{
    options.Cookie.Name = "intranet.antiforgery";
    options.Cookie.HttpOnly = true;
    options.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
});

var app = builder.Build();

// The embedded database is created and seeded from the board's plan files on first run; once it
// holds plans it is never reseeded, so progress recorded since is kept. The demonstration plan is
// added once when missing. Then the identity tables are migrated (their own history table), and
// the demonstration users are added to a new identity database only.
// This runs on a second thread while this one sets up the request pipeline below, and the server
// starts listening only once it has finished (issue 12: start-up, on a machine with two cores).
var preparingDatabase = Task.Run(async () =>
{
    await using var scope = app.Services.CreateAsyncScope();
    var seedFolder = Path.GetFullPath(Path.Combine(app.Environment.ContentRootPath, intranet.SeedFolder));
    // The sample asks for the plans' migrations at start-up; a production host applies them beforehand.
    var initializer = scope.ServiceProvider.GetRequiredService<SafeguardingDatabaseInitializer>();
    var migrating = new SafeguardingDatabaseInitializerOptions { ApplyMigrations = true };
    await initializer.InitializeAsync(seedFolder, migrating);
    await scope.ServiceProvider.GetRequiredService<DemoPlanSeeder>().AddIfMissingAsync(seedFolder);
    await scope.ServiceProvider.GetRequiredService<DemoCaseRegisters>().AddIfEmptyAsync();
    var identity = scope.ServiceProvider.GetRequiredService<IntranetIdentityDbContext>();
    // As the plans' are: nothing on an up-to-date file; otherwise behind the same lock file, clearing
    // a migration lock row that a process killed while migrating the identity tables left behind.
    await initializer.ApplyMigrationsAsync(identity, migrating);
    await DemoUsers.AddIfNoUsersAsync(identity, scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>());
});

app.UseMiddleware<SecurityHeadersMiddleware>();
if (!app.Environment.IsDevelopment())
{
    app.UseExceptionHandler("/error");
}
// A request refused before any page could answer (a form too large to read, a stale form) says so in words, not with an empty page.
app.UseStatusCodePages(async context =>
{
    var response = context.HttpContext.Response;
    var message = response.StatusCode switch
    {
        StatusCodes.Status413PayloadTooLarge => "The file is too large: a file you upload (a plan file, a LADO spreadsheet) may be at most 5 MB. Go back and choose a smaller file.",
        StatusCodes.Status400BadRequest => "The form could not be read. Go back, reload the page and try again; a file you upload may be at most 5 MB.",
        _ => null,
    };
    if (message is not null)
    {
        response.ContentType = "text/plain; charset=utf-8";
        await response.WriteAsync(message);
    }
});
// Every page is in British English: no culture is read from the request (its query string,
// cookies or Accept-Language), which cost each request a look at all three.
// The culture is the read-only, shared instance, so that NodaTime keeps its formats for it rather
// than building the month and day names again for each date a page writes.
var britishEnglish = System.Globalization.CultureInfo.GetCultureInfo("en-GB");
app.UseRequestLocalization(options =>
{
    options.DefaultRequestCulture = new Microsoft.AspNetCore.Localization.RequestCulture(britishEnglish);
    options.SupportedCultures = [britishEnglish];
    options.SupportedUICultures = [britishEnglish];
    options.RequestCultureProviders.Clear();
});
app.UseStaticFiles();
app.UseRouting();
app.UseAuthentication();
// Authorization runs before the output cache, so a kept page is still refused to whoever may not see it.
app.UseAuthorization();
app.UseOutputCache();
app.UseRateLimiter();
app.MapControllerRoute("default", "{controller=Home}/{action=Index}");
// The endpoints the progress forms post to (/safeguarding/progress, /safeguarding/progress/review).
app.MapSafeguardingWidgets();
// The board hub: /api (OpenAPI at /openapi/v1.json) and /embed/<widget>.
app.MapSafeguardingApi();
app.MapSafeguardingEmbeds();
app.Map("/error", () => Results.Problem("Something went wrong showing this page. Try again, or tell the intranet team."));

// Nothing is answered before the database is ready; a failure there stops the start with its error.
await preparingDatabase;
await app.RunAsync();

/// <summary>The sample intranet's entry point, visible to its tests.</summary>
public partial class Program;
