using System.Text.Json;
using BenchmarkDotNet.Attributes;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;
using Safeguarding.Tests.Shared;

namespace Safeguarding.Benchmarks;

/// <summary>
/// Reading every seed data file, warm (the files in the OS cache, the readers JIT-compiled by the
/// warm-up): the plans, the levels-of-need guides, the scorecard and the annual report, against
/// reading the same bytes and parsing them as untyped JSON. Goal (issue 12): under 100 ms.
/// </summary>
[MemoryDiagnoser]
public class SeedFileBenchmarks
{
    private string _plans = string.Empty;
    private string[] _guides = [];
    private string[] _scorecards = [];
    private string[] _reports = [];
    private string[] _allFiles = [];

    [GlobalSetup]
    public void Setup()
    {
        var seeds = RepositoryRoot.Seeds;
        _plans = Path.Combine(seeds, "plans");
        _guides = JsonFiles(Path.Combine(seeds, "thresholds"));
        _scorecards = JsonFiles(Path.Combine(seeds, "scorecards"));
        _reports = JsonFiles(Path.Combine(seeds, "reports"));
        _allFiles = [.. JsonFiles(_plans), .. _guides, .. _scorecards, .. _reports];
        var read = ReadAllSeedFiles();
        if (read != _allFiles.Length)
        {
            throw new InvalidOperationException($"Expected to read {_allFiles.Length} seed files, but read {read}.");
        }
    }

    /// <summary>The domain's readers, every seed file; returns how many files were read.</summary>
    [Benchmark]
    public int ReadAllSeedFiles()
    {
        var read = PlanFileImporter.ImportFolder(_plans).Count;
        foreach (var guide in _guides)
        {
            read += LevelsOfNeedGuideReader.ReadFile(guide).Area.Length > 0 ? 1 : 0;
        }
        foreach (var scorecard in _scorecards)
        {
            read += ScorecardReader.ReadFile(scorecard) is not null ? 1 : 0;
        }
        foreach (var report in _reports)
        {
            read += AnnualReportReader.ReadFile(report) is not null ? 1 : 0;
        }
        return read;
    }

    /// <summary>The floor: the same files' bytes parsed as untyped JSON, with no validation or domain objects.</summary>
    [Benchmark(Baseline = true)]
    public int ParseAsJsonDocuments()
    {
        var read = 0;
        foreach (var file in _allFiles)
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            read += document.RootElement.ValueKind == JsonValueKind.Object ? 1 : 0;
        }
        return read;
    }

    private static string[] JsonFiles(string folder) =>
        [.. Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal)];
}
