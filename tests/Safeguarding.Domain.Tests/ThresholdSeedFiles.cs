namespace Safeguarding.Domain.Tests;

/// <summary>The thresholds, scorecard and annual report seed files.</summary>
internal static class ThresholdSeedFiles
{
    internal static string Seed(params string[] parts) => Path.Combine([Safeguarding.Tests.Shared.RepositoryRoot.Seeds, .. parts]);

    internal static string HerefordshireLevelsOfNeed => Seed("thresholds", "herefordshire-levels-of-need.json");

    internal static string SectionSeventeenAtLevelThree => Seed("thresholds", "example-section-17-at-level-3.json");

    internal static string DomesticAbuseScorecard => Seed("scorecards", "domestic-abuse-2015-16.json");

    internal static string AnnualReport => Seed("reports", "hscb-annual-report-2015-16.json");
}
