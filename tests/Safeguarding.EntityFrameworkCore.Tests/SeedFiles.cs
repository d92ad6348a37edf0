using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>Finds the repository's seeds/ folder from the test output folder.</summary>
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

    internal static string PlansFolder => Path.Combine(Root.Value, "seeds", "plans");

    internal static IEnumerable<string> PlanFileNames =>
        Directory.GetFiles(PlansFolder, "*.json").Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal);

    /// <summary>Every seed plan file, for theories.</summary>
    public static TheoryData<string> All => [.. PlanFileNames];

    internal static BusinessPlan Plan(string fileName) => PlanFileImporter.ImportFile(Path.Combine(PlansFolder, fileName));
}
