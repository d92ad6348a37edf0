using System.Net.Http.Headers;
using System.Security.Claims;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.IdentityModel.JsonWebTokens;
using Microsoft.IdentityModel.Tokens;
using NodaTime.Testing;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Hub.Boards;
using Safeguarding.Hub.Clients;

namespace Safeguarding.Hub.Tests.Support;

/// <summary>
/// A hub serving two boards, Herefordshire's (the host's own) and West Berkshire's, from the seed
/// plans in memory, with a fixed clock (30 November 2014), API clients registered for several
/// agencies of each, JWT bearer tokens from each board's identity provider, and a test sign-in for
/// the host's own people: the header <c>X-Test-User: Role[:Agency][@board]</c>.
/// </summary>
public sealed class HubHost : IAsyncDisposable
{
    internal const string HerefordshireIssuer = "https://idp.herefordshire.test";
    internal const string WestBerkshireIssuer = "https://idp.westberks.test";
    internal const string PartnerIssuer = "https://idp.partner.test";
    internal const string Audience = "safeguarding-hub";
    internal const string Herefordshire = "herefordshire";
    internal const string WestBerkshire = "west-berkshire";
    internal const string HerefordshirePlan = "hscb-business-plan-2014-15";
    internal const string WestBerkshirePlan = "west-berkshire-business-plan-2015-17";
    internal const string AllowedIntranet = "http://intranet.herefordshire.test";

    internal static readonly Instant Now = Instant.FromUtc(2014, 11, 30, 12, 0);

    private static readonly SymmetricSecurityKey SigningKey = new(new byte[32] { 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23, 24, 25, 26, 27, 28, 29, 30, 31, 32 });

    private readonly WebApplication _app;

    private HubHost(WebApplication app, InMemoryBusinessPlanRepository repository, IReadOnlyDictionary<string, string> keys)
    {
        _app = app;
        Repository = repository;
        Keys = keys;
    }

    internal InMemoryBusinessPlanRepository Repository { get; }

    /// <summary>Gets each registered API client's key, by a short name: council, hscb, wye-valley, business-unit, west-berkshire, revoked.</summary>
    internal IReadOnlyDictionary<string, string> Keys { get; }

    internal IServiceProvider Services => _app.Services;

    internal FakeClock Clock => (FakeClock)_app.Services.GetRequiredService<IClock>();

    /// <summary>Gets the address the hub listens on (with <c>kestrel: true</c>), or the test server's.</summary>
    internal Uri BaseAddress { get; private set; } = new("http://localhost/");

    internal static async Task<HubHost> StartAsync(Action<SafeguardingHubOptions>? configure = null, bool kestrel = false, Action<IServiceCollection>? services = null)
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ApplicationName = typeof(HubHost).Assembly.GetName().Name });
        if (kestrel)
        {
            builder.WebHost.UseKestrel(options => options.Listen(System.Net.IPAddress.Loopback, 0));
            builder.WebHost.UseStaticWebAssets();
        }
        else
        {
            builder.WebHost.UseTestServer();
        }
        builder.Services.AddControllersWithViews()
            .AddApplicationPart(typeof(Safeguarding.Widgets.Components.RagBadgeViewComponent).Assembly);
        var seeds = Safeguarding.Tests.Shared.RepositoryRoot.Seeds;
        builder.Services.AddSafeguardingWidgets(options =>
        {
            options.ScorecardFolder = Path.Combine(seeds, "scorecards");
            options.AnnualReportFile = Path.Combine(seeds, "reports", "hscb-annual-report-2015-16.json");
            options.ActionPageTemplate = "/actions/{action}";
        });
        builder.Services.AddSafeguardingHub(options =>
        {
            options.HostBoard = Herefordshire;
            options.Boards.Add(Board(Herefordshire, "Herefordshire Safeguarding Children Board", HerefordshireIssuer, seeds, AllowedIntranet));
            options.Boards.Add(Board(WestBerkshire, "West Berkshire Local Safeguarding Children Board", WestBerkshireIssuer, null, "http://intranet.westberks.test"));
            configure?.Invoke(options);
        });
        builder.Services.AddSafeguardingHubJwtBearer(options =>
        {
            options.RequireHttpsMetadata = false;
            options.TokenValidationParameters = new TokenValidationParameters
            {
                ValidIssuers = [HerefordshireIssuer, WestBerkshireIssuer, PartnerIssuer],
                ValidAudience = Audience,
                IssuerSigningKey = SigningKey,
            };
        });
        builder.Services.AddSingleton<IClock>(new FakeClock(Now));
        var repository = new InMemoryBusinessPlanRepository(PlanFileImporter.ImportFolder(Path.Combine(seeds, "plans")));
        builder.Services.AddSingleton<IBusinessPlanRepository>(repository);
        services?.Invoke(builder.Services);
        var app = builder.Build();
        app.UseRequestLocalization("en-GB");
        if (kestrel)
        {
            app.UseStaticFiles();
        }
        app.Use((context, next) =>
        {
            if (context.Request.Headers["X-Test-User"].ToString() is { Length: > 0 } user)
            {
                context.User = TestUser(user);
            }
            return next(context);
        });
        app.UseRouting();
        app.UseAuthorization();
        app.UseRateLimiter();
        app.MapSafeguardingWidgets();
        app.MapSafeguardingApi();
        app.MapSafeguardingEmbeds();
        await app.StartAsync();

        using var scope = app.Services.CreateScope();
        var registry = scope.ServiceProvider.GetRequiredService<ApiClientRegistry>();
        var keys = new Dictionary<string, string>
        {
            ["council"] = (await registry.RegisterAsync(Herefordshire, "Herefordshire Council intranet", "Herefordshire Council")).Key,
            ["hscb"] = (await registry.RegisterAsync(Herefordshire, "HSCB business unit's tools", "HSCB")).Key,
            ["wye-valley"] = (await registry.RegisterAsync(Herefordshire, "Wye Valley NHS Trust intranet", "Wye Valley NHS Trust")).Key,
            ["business-unit"] = (await registry.RegisterAsync(Herefordshire, "Board business unit", null, BoardRole.BusinessUnit)).Key,
            ["west-berkshire"] = (await registry.RegisterAsync(WestBerkshire, "West Berkshire Council intranet", "West Berkshire Council")).Key,
        };
        var revoked = await registry.RegisterAsync(Herefordshire, "An old intranet", "Herefordshire Council");
        await registry.RevokeAsync(revoked.Client.Id);
        keys["revoked"] = revoked.Key;

        var host = new HubHost(app, repository, keys);
        if (kestrel)
        {
            host.BaseAddress = new Uri(app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First().Replace("[::]", "127.0.0.1", StringComparison.Ordinal) + "/");
        }
        return host;
    }

    internal HttpClient CreateClient()
    {
        var client = _app.GetTestClient();
        return client;
    }

    /// <summary>A handler that sends requests to the hub in memory, for an HttpClient the factory makes.</summary>
    internal HttpMessageHandler CreateHandler() => _app.GetTestServer().CreateHandler();

    /// <summary>A client that sends an API client's key.</summary>
    internal HttpClient ClientWithKey(string name)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue(ApiClientKey.HeaderScheme, Keys[name]);
        return client;
    }

    /// <summary>A client that sends a bearer token.</summary>
    internal HttpClient ClientWithToken(string token)
    {
        var client = CreateClient();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token);
        return client;
    }

    /// <summary>Makes a signed JWT as a board's identity provider would.</summary>
    internal static string Token(string issuer, BoardRole role, string? agency = null, string? board = null, string subject = "person-1", string name = "Sam Patel")
    {
        var claims = new Dictionary<string, object> { ["sub"] = subject, ["name"] = name, ["roles"] = role.ToString() };
        if (agency is not null)
        {
            claims["safeguarding_agency"] = agency;
        }
        if (board is not null)
        {
            claims["safeguarding_board"] = board;
        }
        return new JsonWebTokenHandler().CreateToken(new SecurityTokenDescriptor
        {
            Issuer = issuer,
            Audience = Audience,
            Claims = claims,
            Expires = DateTime.UtcNow.AddHours(1),
            SigningCredentials = new SigningCredentials(SigningKey, SecurityAlgorithms.HmacSha256),
        });
    }

    private static HubBoard Board(string id, string name, string issuer, string? seeds, string intranet)
    {
        var board = new HubBoard
        {
            Id = id,
            Name = name,
            ScorecardFolder = seeds is null ? null : Path.Combine(seeds, "scorecards"),
            AnnualReportFolder = seeds is null ? null : Path.Combine(seeds, "reports"),
        };
        board.TrustedIssuers.Add(issuer);
        board.FrameAncestors.Add(intranet);
        return board;
    }

    private static ClaimsPrincipal TestUser(string header)
    {
        var at = header.Split('@', 2);
        var parts = at[0].Split(':', 2);
        List<Claim> claims = [new(ClaimTypes.NameIdentifier, $"test-{at[0]}"), new(ClaimTypes.Name, $"Test {parts[0]}"), new(ClaimTypes.Role, parts[0])];
        if (parts.Length > 1)
        {
            claims.Add(new Claim("safeguarding_agency", parts[1]));
        }
        if (at.Length > 1)
        {
            claims.Add(new Claim("safeguarding_board", at[1]));
        }
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    public async ValueTask DisposeAsync() => await _app.DisposeAsync();
}
