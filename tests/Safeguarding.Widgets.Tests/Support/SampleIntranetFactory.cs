using System.Net;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Logging;
using NodaTime.Testing;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>The sample intranet as its users get it, with a fixed clock so pages are repeatable.</summary>
public partial class SampleIntranetFactory : WebApplicationFactory<Program>
{
    /// <summary>The password of every demonstration user the sample seeds (samples/Safeguarding.SampleIntranet/DEMO-USERS.md).</summary>
    internal const string DemoPassword = "Sample-Only-Password-1";

    private readonly string _ownDatabase = Path.Combine(Path.GetTempPath(), $"sample-intranet-{Guid.NewGuid():N}.db");
    private string? _givenDatabase;
    private readonly UnhandledExceptionRecorder _unhandled = new();

    /// <summary>Gets or sets the embedded database file this instance uses: by default a fresh one, deleted afterwards; one given is left for the caller.</summary>
    internal string DatabasePath
    {
        get => _givenDatabase ?? _ownDatabase;
        init => _givenDatabase = value;
    }

    /// <summary>The day the tests' clock stands at: within the Herefordshire plan's year.</summary>
    internal static readonly Instant Now = Instant.FromUtc(2014, 11, 30, 12, 0);

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Production");
        // Outside Development an unpublished app serves the packages' static files only when asked.
        builder.UseStaticWebAssets();
        builder.UseSetting("Intranet:AsAt", "2014-11-30");
        // The sample's default is the demonstration plan; the tests read the historical plan as at their date.
        builder.UseSetting("Intranet:PlanKey", "hscb-business-plan-2014-15");
        builder.UseSetting("Intranet:SeedFolder", RepositoryFolders.SeedPlans);
        builder.UseSetting("Intranet:Database", DatabasePath);
        builder.UseSetting("Intranet:ScorecardFolder", Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "scorecards"));
        builder.UseSetting("Intranet:AnnualReportFile", Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json"));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(Now))));
        // No page of the sample may answer 500. A test sees only the status; disposing the host
        // fails with the exception the sample logged, so that a rare one names its cause.
        builder.ConfigureLogging(logging => logging.AddProvider(_unhandled));
    }

    /// <summary>
    /// Creates a client signed in as a demonstration user, as a browser would be: it gets the
    /// sign-in page, posts the email, the password and the form's antiforgery token, and keeps the
    /// cookies. Redirects are not followed, so a test sees a page's own status (302 to sign-in, 403).
    /// </summary>
    /// <param name="email">The user's email address, such as "council.lead@sample.invalid".</param>
    /// <param name="password">The password; the demonstration users' by default.</param>
    /// <returns>The signed-in client.</returns>
    /// <exception cref="InvalidOperationException">The sign-in page had no antiforgery token, or signing in did not redirect.</exception>
    internal Task<HttpClient> CreateSignedInClientAsync(string email, string password = DemoPassword) =>
        CreateSignedInClientAsync(this, email, password);

    /// <summary>Creates a client of <paramref name="factory"/> (the sample, perhaps with services changed by a test) signed in as a demonstration user.</summary>
    /// <param name="factory">The sample's factory.</param>
    /// <param name="email">The user's email address.</param>
    /// <param name="password">The password; the demonstration users' by default.</param>
    /// <returns>The signed-in client.</returns>
    /// <exception cref="InvalidOperationException">The sign-in page had no antiforgery token, or signing in did not redirect.</exception>
    internal static async Task<HttpClient> CreateSignedInClientAsync(WebApplicationFactory<Program> factory, string email, string password = DemoPassword)
    {
        ArgumentNullException.ThrowIfNull(factory);
        var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true });
        var page = await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative));
        var token = AntiforgeryToken().Match(page);
        if (!token.Success)
        {
            throw new InvalidOperationException("Expected the sign-in page to carry an antiforgery token in its form, but found none.");
        }
        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Email"] = email,
            ["Password"] = password,
            ["__RequestVerificationToken"] = WebUtility.HtmlDecode(token.Groups["token"].Value),
        });
        using var response = await client.PostAsync(new Uri("/account/sign-in", UriKind.Relative), form);
        if (response.StatusCode != HttpStatusCode.Redirect)
        {
            throw new InvalidOperationException($"Expected signing in as {email} to redirect, but the sign-in page answered {(int)response.StatusCode}.");
        }
        return client;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex AntiforgeryToken();

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_ownDatabase);
            if (_unhandled.Recorded.Count > 0)
            {
                throw new InvalidOperationException(
                    $"Expected the sample never to answer with an unhandled exception (a 500), but it logged {_unhandled.Recorded.Count}:{Environment.NewLine}{string.Join(Environment.NewLine + Environment.NewLine, _unhandled.Recorded)}");
            }
        }
    }
}
