using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using NodaTime.Testing;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>The sample intranet as its users get it, with a fixed clock so pages are repeatable.</summary>
public class SampleIntranetFactory : WebApplicationFactory<Program>
{
    private readonly string _ownDatabase = Path.Combine(Path.GetTempPath(), $"sample-intranet-{Guid.NewGuid():N}.db");
    private string? _givenDatabase;

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
        builder.UseSetting("Intranet:SeedFolder", RepositoryFolders.SeedPlans);
        builder.UseSetting("Intranet:Database", DatabasePath);
        builder.UseSetting("Intranet:ScorecardFolder", Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "scorecards"));
        builder.UseSetting("Intranet:AnnualReportFile", Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json"));
        builder.ConfigureServices(services => services.Replace(ServiceDescriptor.Singleton<IClock>(new FakeClock(Now))));
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(_ownDatabase);
        }
    }
}
