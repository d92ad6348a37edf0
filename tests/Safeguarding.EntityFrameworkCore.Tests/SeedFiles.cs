using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>The seed plan files.</summary>
internal static class SeedFiles
{
    internal static string PlansFolder => Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "plans");

    internal static IEnumerable<string> PlanFileNames =>
        Directory.GetFiles(PlansFolder, "*.json").Select(path => Path.GetFileName(path)!).Order(StringComparer.Ordinal);

    /// <summary>Every seed plan file, for theories.</summary>
    public static TheoryData<string> All => [.. PlanFileNames];

    internal static BusinessPlan Plan(string fileName) => PlanFileImporter.ImportFile(Path.Combine(PlansFolder, fileName));
}
