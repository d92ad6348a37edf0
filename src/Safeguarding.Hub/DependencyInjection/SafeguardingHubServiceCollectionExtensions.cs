using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.JwtBearer;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.OpenApi;
using Safeguarding.Hub;
using Safeguarding.Hub.Api;
using Safeguarding.Hub.Boards;
using Safeguarding.Hub.Clients;
using Safeguarding.Hub.Security;

// In this namespace so that hosts find the method where they configure their other services.
namespace Microsoft.Extensions.DependencyInjection;

/// <summary>Registers the board hub.</summary>
public static class SafeguardingHubServiceCollectionExtensions
{
    /// <summary>
    /// Adds the hub's services: its boards, API clients (kept in memory unless
    /// <see cref="AddSafeguardingHubEntityFrameworkClientStore"/> is called), their authentication
    /// scheme, the OpenAPI document, and the rate limiter's policy. The host also adds the widgets
    /// (<c>AddSafeguardingWidgets</c>), MVC's views (<c>AddControllersWithViews</c> or
    /// <c>AddRazorPages</c>) and an <see cref="Safeguarding.Domain.BusinessPlans.IBusinessPlanRepository"/>.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="setupAction">Sets the options: at least one board.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddSafeguardingHub(this IServiceCollection services, Action<SafeguardingHubOptions> setupAction)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(setupAction);
        var known = new SafeguardingHubOptions();
        setupAction(known);
        services.AddOptions<SafeguardingHubOptions>().Configure(setupAction).ValidateOnStart();
        return AddHubServices(services, known.OpenApiDocumentName);
    }

    /// <summary>Adds the hub's services with options bound from configuration (a "SafeguardingHub" section).</summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configuration">The section, such as <c>builder.Configuration.GetSection("SafeguardingHub")</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddSafeguardingHub(this IServiceCollection services, IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configuration);
        var known = configuration.Get<SafeguardingHubOptions>() ?? new SafeguardingHubOptions();
        services.AddOptions<SafeguardingHubOptions>().Bind(configuration).ValidateOnStart();
        return AddHubServices(services, known.OpenApiDocumentName);
    }

    /// <summary>
    /// Accepts JWT bearer tokens from a partner's identity provider in the API: the token's claims
    /// are read as the widgets read a signed-in person's (<c>options.Identity</c>: roles, the agency
    /// claim), and its issuer decides its board (<see cref="HubBoard.TrustedIssuers"/>) or else its board claim.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the JWT bearer options: authority or signing keys, audience.</param>
    /// <param name="scheme">The scheme's name. The default is "SafeguardingBearer".</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddSafeguardingHubJwtBearer(this IServiceCollection services, Action<JwtBearerOptions> configure, string scheme = "SafeguardingBearer")
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddAuthentication().AddJwtBearer(scheme, options =>
        {
            // Claims keep their own names (roles, sub, safeguarding_agency), as the widgets' identity options expect.
            options.MapInboundClaims = false;
            configure(options);
        });
        services.Configure<SafeguardingHubOptions>(options =>
        {
            if (!options.TokenSchemes.Contains(scheme))
            {
                options.TokenSchemes.Add(scheme);
            }
        });
        return services;
    }

    /// <summary>
    /// Keeps the API clients in a database with Entity Framework Core (<see cref="ApiClientDbContext"/>,
    /// one table) instead of in memory. Call <see cref="EntityFrameworkApiClientStore.EnsureTableAsync"/> at start-up.
    /// </summary>
    /// <param name="services">The host's services.</param>
    /// <param name="configure">Sets the provider, such as <c>options.UseSqlite(connectionString)</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    public static IServiceCollection AddSafeguardingHubEntityFrameworkClientStore(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        services.AddDbContext<ApiClientDbContext>(configure);
        services.RemoveAll<IApiClientStore>();
        services.AddScoped<EntityFrameworkApiClientStore>();
        services.AddScoped<IApiClientStore>(provider => provider.GetRequiredService<EntityFrameworkApiClientStore>());
        return services;
    }

    private static IServiceCollection AddHubServices(IServiceCollection services, string documentName)
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<SafeguardingHubOptions>, HubOptionsValidation>());
        services.TryAddSingleton<IClock>(NodaTime.SystemClock.Instance);
        // Folders in configuration are read from the content root, wherever the app is started from.
        services.AddOptions<SafeguardingHubOptions>().PostConfigure<IHostEnvironment>((options, environment) =>
        {
            foreach (var board in options.Boards)
            {
                board.ScorecardFolder = board.ScorecardFolder is { Length: > 0 } scorecards ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, scorecards)) : null;
                board.AnnualReportFolder = board.AnnualReportFolder is { Length: > 0 } reports ? Path.GetFullPath(Path.Combine(environment.ContentRootPath, reports)) : null;
            }
        });
        services.TryAddSingleton<IApiClientStore, InMemoryApiClientStore>();
        services.TryAddScoped<ApiClientRegistry>();
        services.TryAddSingleton<HubBoardMembership>();
        services.TryAddScoped<BoardAccess>();
        services.AddAuthentication().AddScheme<AuthenticationSchemeOptions, ApiClientAuthenticationHandler>(ApiClientAuthenticationHandler.SchemeName, null);
        services.AddOptions<AuthorizationOptions>().Configure<IOptions<SafeguardingHubOptions>>((authorization, hub) =>
            authorization.AddPolicy(SafeguardingApi.PolicyName, policy => policy
                .AddAuthenticationSchemes([ApiClientAuthenticationHandler.SchemeName, .. hub.Value.TokenSchemes])
                // Anyone through: each endpoint asks BoardPermissions, and answers 401 or 403 in words.
                .RequireAssertion(_ => true)));
        services.AddRateLimiter(HubRateLimiting.Configure);
        services.AddOpenApi(documentName, openApi =>
        {
            openApi.OpenApiVersion = OpenApiSpecVersion.OpenApi3_1;
            openApi.ShouldInclude = description => string.Equals(description.GroupName, documentName, StringComparison.Ordinal);
            openApi.AddDocumentTransformer((document, _, _) =>
            {
                document.Info = new OpenApiInfo
                {
                    Title = "Safeguarding board hub",
                    Version = documentName,
                    Description = "A board's business plans, derived RAG ratings, exception report, progress returns due, progress recording, scorecards and annual figures, for partner agencies' intranets. Authenticate with an API client's key (Authorization: ApiClient {id}.{secret}) or a bearer token; a client acts for its agency on its board only. Errors are RFC 9457 problem details naming the field.",
                };
                return Task.CompletedTask;
            });
        });
        return services;
    }
}
