namespace Safeguarding.Benchmarks;

/// <summary>
/// The sizes the benchmarks run at. The figures are for 100,000 actions and 1,000,000
/// cases; the dry run (<c>--dry</c>, and the test of this project) uses small ones so it finishes
/// in seconds. Read through <c>[ParamsSource]</c>, so a size shows in the results table.
/// </summary>
public static class BenchmarkSizes
{
    /// <summary>Gets or sets a value indicating whether to use the small sizes of a dry run.</summary>
    public static bool Small { get; set; }

    public static IEnumerable<int> ActionCounts => [Small ? 1_000 : 100_000];

    public static IEnumerable<int> CaseCounts => [Small ? 10_000 : 1_000_000];
}
