using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Loggers;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;
using Safeguarding.Benchmarks;

namespace Safeguarding.Domain.Tests.Benchmarks;

/// <summary>
/// The benchmark project (issue 12) builds (this project references it) and each benchmark runs
/// once: BenchmarkDotNet's dry job, in this process, at small sizes (1,000 actions, 10,000 cases).
/// Each class's set-up also checks that the domain and its hand-written loop agree. No figure is
/// asserted: timings in a test run on a shared machine would say nothing.
/// </summary>
public sealed class BenchmarkDryRunTests
{
    [Theory]
    [InlineData(typeof(RagBenchmarks))]
    [InlineData(typeof(LadoTimelinessBenchmarks))]
    [InlineData(typeof(SeedFileBenchmarks))]
    public void EachBenchmarkRunsOnceAndReportsAResult(Type benchmarks)
    {
        var log = new AccumulationLogger();
        var config = ManualConfig.CreateEmpty()
            .AddJob(Job.Dry.WithToolchain(InProcessEmitToolchain.Instance))
            .AddLogger(log)
            .AddColumnProvider(DefaultColumnProviders.Instance)
            .WithArtifactsPath(Path.Combine(Path.GetTempPath(), "safeguarding-benchmark-dry-run"))
            // The tests build in Debug; a dry run measures nothing, so an unoptimised build is fine.
            .WithOptions(ConfigOptions.DisableOptimizationsValidator);

        Summary summary;
        BenchmarkSizes.Small = true;
        try
        {
            summary = BenchmarkRunner.Run(benchmarks, config);
        }
        finally
        {
            BenchmarkSizes.Small = false;
        }

        Assert.False(summary.HasCriticalValidationErrors, log.GetLog());
        // "No exporters defined" is a warning, and none are wanted here.
        Assert.DoesNotContain(summary.ValidationErrors, error => error.IsCritical);
        Assert.NotEmpty(summary.Reports);
        Assert.All(summary.Reports, report =>
        {
            Assert.True(report.Success, $"{report.BenchmarkCase.DisplayInfo} failed:{Environment.NewLine}{log.GetLog()}");
            Assert.NotNull(report.ResultStatistics);
        });
        var expected = benchmarks.GetMethods().Count(method => method.IsDefined(typeof(BenchmarkDotNet.Attributes.BenchmarkAttribute), inherit: false));
        Assert.Equal(expected, summary.Reports.Length);
    }
}
