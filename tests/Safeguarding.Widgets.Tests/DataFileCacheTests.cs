using Microsoft.Extensions.Options;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Tests;

/// <summary>Data files are read once, not on every request, and a changed file shows on the next request.</summary>
public sealed class DataFileCacheTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), $"sg-scorecards-{Guid.NewGuid():N}");

    public DataFileCacheTests()
    {
        Directory.CreateDirectory(_folder);
        File.Copy(Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Seeds, "scorecards", "domestic-abuse-2015-16.json"), Path.Combine(_folder, "scorecard.json"));
    }

    [Fact]
    public void A_scorecard_edited_on_disk_shows_its_new_text_on_the_next_request()
    {
        var service = new ThresholdViewModelService(Options.Create(new SafeguardingWidgetsOptions { ScorecardFolder = _folder }));
        Assert.Equal("Children exposed to domestic abuse", service.GetScorecard("scorecard").Title);

        var path = Path.Combine(_folder, "scorecard.json");
        File.WriteAllText(path, File.ReadAllText(path).Replace("\"Children exposed to domestic abuse\"", "\"Children exposed to domestic abuse (revised)\"", StringComparison.Ordinal));

        Assert.Equal("Children exposed to domestic abuse (revised)", service.GetScorecard("scorecard").Title);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
