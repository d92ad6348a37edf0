using Microsoft.AspNetCore.Authentication.Cookies;

namespace Safeguarding.NhsTrustIntranet;

/// <summary>
/// The NHS trust's sample intranet: a partner agency's intranet that shows the board hub's plans
/// with the widgets, through Safeguarding.Client. (A class of its own namespace, so that a test can
/// start it beside the sample intranet, whose Program is in the global namespace.)
/// </summary>
public static class Program
{
    /// <summary>Starts the intranet.</summary>
    /// <param name="args">The command line.</param>
    /// <returns>A task that completes when the intranet stops.</returns>
    public static async Task Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);

        builder.Services.Configure<TrustOptions>(builder.Configuration.GetSection("Intranet"));
        var trust = builder.Configuration.GetSection("Intranet").Get<TrustOptions>() ?? new TrustOptions();
        builder.Services.AddControllersWithViews();
        builder.Services.AddSafeguardingWidgets(options =>
        {
            options.DefaultPlanKey = trust.PlanKey;
            options.ActionPageTemplate = "/actions/{action}";
        });
        // The board's plans come from the board hub (the sample intranet at http://localhost:5080), as this
        // trust's API client: the same widgets, the hub's live data, and progress recorded to it.
        builder.Services.AddSafeguardingHubClient(options => builder.Configuration.GetSection("Hub").Bind(options));

        // The trust's own sign-in (a cookie here; Entra ID in a real trust), mapped onto the board's roles
        // and the trust's agency by the claims the widgets read.
        builder.Services.AddAuthentication(CookieAuthenticationDefaults.AuthenticationScheme).AddCookie(options =>
        {
            options.LoginPath = "/account/sign-in";
            options.Cookie.Name = "trust.signin";
            options.Cookie.HttpOnly = true;
            options.Cookie.SameSite = SameSiteMode.Lax;
        });
        builder.Services.AddAntiforgery(options => options.Cookie.Name = "trust.antiforgery");

        var app = builder.Build();
        app.Use((context, next) =>
        {
            context.Response.OnStarting(() =>
            {
                var headers = context.Response.Headers;
                headers.ContentSecurityPolicy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'";
                headers.XContentTypeOptions = "nosniff";
                headers["Referrer-Policy"] = "strict-origin-when-cross-origin";
                return Task.CompletedTask;
            });
            return next(context);
        });
        if (!app.Environment.IsDevelopment())
        {
            app.UseExceptionHandler("/error");
        }
        app.UseRequestLocalization("en-GB");
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseAuthorization();
        app.MapControllers();
        // The progress form posts here; the client records the update on the hub.
        app.MapSafeguardingWidgets();
        app.Map("/error", () => Results.Problem("Something went wrong showing this page. Try again, or tell the intranet team."));

        await app.RunAsync();
    }
}
