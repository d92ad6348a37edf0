namespace Safeguarding.Widgets.Tests.Support;

/// <summary>The repository's folders the widget tests read.</summary>
internal static class RepositoryFolders
{
    internal static string SeedPlans => Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "plans");
}
