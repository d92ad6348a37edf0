using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;

namespace Safeguarding.Benchmarks;

/// <summary>
/// Runs the benchmarks: <c>dotnet run -c Release --project tests/Safeguarding.Benchmarks -- --filter '*' --job short</c>.
/// <c>--dry</c> runs each benchmark once at small sizes (1,000 actions, 10,000 cases) to show that
/// they work, not how fast they are.
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var dry = args.Contains("--dry", StringComparer.Ordinal);
        IConfig? config = null;
        if (dry)
        {
            BenchmarkSizes.Small = true;
            config = DefaultConfig.Instance.AddJob(Job.Dry);
            args = [.. args.Where(arg => !string.Equals(arg, "--dry", StringComparison.Ordinal))];
        }
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
