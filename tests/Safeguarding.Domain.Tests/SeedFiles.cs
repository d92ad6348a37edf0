using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.Domain.Tests;

/// <summary>The seed plan files, by name.</summary>
internal static class SeedFiles
{
    internal static string RepositoryRoot => Safeguarding.Tests.Shared.RepositoryRoot.Path;

    internal static string Seeds => Safeguarding.Tests.Shared.RepositoryRoot.Seeds;

    internal static string PlanPath(string fileName) => Path.Combine(Seeds, "plans", fileName);

    internal const string Hscb2014 = "hscb-business-plan-2014-15.json";
    internal const string ExceptionReport2009 = "safeguarding-review-exception-report-2009-05.json";
    internal const string ImprovementPlan2012 = "improvement-plan-2012.json";
    internal const string WestBerkshire2015 = "west-berkshire-business-plan-2015-17.json";

    internal static BusinessPlan Plan(string fileName) => PlanFileImporter.ImportFile(PlanPath(fileName));
}
