namespace Safeguarding.Widgets.Tests.Support;

/// <summary>Finds the repository's folders from the test output folder.</summary>
internal static class RepositoryFolders
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

    internal static string SeedPlans => Path.Combine(RepositoryRoot, "seeds", "plans");
}
