namespace Safeguarding.Tests.Shared;

/// <summary>
/// Finds the repository's root (the folder holding Safeguarding.Domain.sln) from the test output
/// folder, so tests read seeds/ from the checkout. Linked into every test project.
/// </summary>
internal static class RepositoryRoot
{
    private static readonly Lazy<string> Root = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(folder.FullName, "Safeguarding.Domain.sln")))
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"Expected Safeguarding.Domain.sln in a folder above {AppContext.BaseDirectory}, but found none: run the tests from a checkout of the repository.");
    });

    internal static string Path => Root.Value;

    internal static string Seeds => System.IO.Path.Combine(Root.Value, "seeds");
}
