using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Tests;

/// <summary>Finds the repository's seeds/ folder from the test output folder, and loads seed plans once.</summary>
internal static class SeedFiles
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "Safeguarding.Domain.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"Expected Safeguarding.Domain.sln in a folder above {AppContext.BaseDirectory}, but found none: run the tests from a checkout of the repository.");
    });

    internal static string RepositoryRoot => Root.Value;

    internal static string Seeds => Path.Combine(RepositoryRoot, "seeds");

    internal static string PlanPath(string fileName) => Path.Combine(Seeds, "plans", fileName);

    internal const string Hscb2014 = "hscb-business-plan-2014-15.json";
    internal const string ExceptionReport2009 = "safeguarding-review-exception-report-2009-05.json";
    internal const string ImprovementPlan2012 = "improvement-plan-2012.json";
    internal const string WestBerkshire2015 = "west-berkshire-business-plan-2015-17.json";

    internal static BusinessPlan Plan(string fileName) => PlanFileImporter.ImportFile(PlanPath(fileName));
}
