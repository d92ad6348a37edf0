namespace Safeguarding.Domain.Tests;

/// <summary>Finds the seed data files from the test's output folder: up to the solution folder, then seeds/.</summary>
internal static class ThresholdSeedFiles
{
    private static readonly Lazy<string> SeedsFolder = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Safeguarding.Domain.sln")))
            {
                return Path.Combine(folder.FullName, "seeds");
            }
        }
        throw new InvalidOperationException($"Expected Safeguarding.Domain.sln in a folder above {AppContext.BaseDirectory}.");
    });

    internal static string Seed(params string[] parts) => Path.Combine([SeedsFolder.Value, .. parts]);

    internal static string HerefordshireLevelsOfNeed => Seed("thresholds", "herefordshire-levels-of-need.json");

    internal static string SectionSeventeenAtLevelThree => Seed("thresholds", "example-section-17-at-level-3.json");

    internal static string DomesticAbuseScorecard => Seed("scorecards", "domestic-abuse-2015-16.json");

    internal static string AnnualReport => Seed("reports", "hscb-annual-report-2015-16.json");
}
