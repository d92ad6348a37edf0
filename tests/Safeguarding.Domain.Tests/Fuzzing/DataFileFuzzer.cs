using System.Text;
using Safeguarding.Domain.Import;
using Xunit.Abstractions;

namespace Safeguarding.Domain.Tests.Fuzzing;

/// <summary>
/// Runs a reader over deterministic mutations of its seed files. Every variant must either be
/// accepted, with every public property readable and the domain's main uses working, or be
/// rejected with the reader's documented exception naming the file and a JSON path. Anything
/// else is a failure, listed with the seed file, the variant's number and its mutations so that
/// it can be reproduced (the same seed always makes the same variant).
/// </summary>
internal static class DataFileFuzzer
{
    internal sealed record Outcome(int Variants, int Accepted, int Rejected, int ErrorsWithoutLine, IReadOnlyList<string> Failures);

    /// <summary>The seed every run starts from, so that CI runs the same variants every time.</summary>
    internal const int Seed = 20_000;

    internal static Outcome Run<TDocument, TException>(
        string seedFolder,
        int variantsPerFile,
        Func<byte[], string, TDocument> read,
        Action<TDocument, PropertyWalker> use)
        where TException : DataFileException
    {
        var files = Directory.GetFiles(Path.Combine(SeedFiles.Seeds, seedFolder), "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.NotEmpty(files);
        int accepted = 0, rejected = 0, withoutLine = 0, variants = 0;
        var failures = new List<string>();
        for (var f = 0; f < files.Count; f++)
        {
            var seedJson = File.ReadAllText(files[f]);
            var fileName = "fuzz-" + Path.GetFileName(files[f]);
            for (var v = 0; v < variantsPerFile; v++)
            {
                variants++;
                var random = new Random(unchecked(Seed + (f * 1_000_003) + v));
                var (json, mutations) = JsonMutator.Mutate(seedJson, random);
                var where = $"{seedFolder}/{Path.GetFileName(files[f])} variant {v} [{string.Join("; ", mutations)}]";
                var bytes = Encoding.UTF8.GetBytes(json);
                if (Environment.GetEnvironmentVariable("FUZZ_TRACE") is { Length: > 0 } trace)
                {
                    File.WriteAllText(trace, where + Environment.NewLine + json);
                }
                TDocument document;
                try
                {
                    document = read(bytes, fileName);
                }
                catch (TException exception) when (exception.GetType() == typeof(TException))
                {
                    rejected++;
                    withoutLine += exception.Errors.Count(error => error.LineNumber is null);
                    if (!exception.Message.Contains(fileName, StringComparison.Ordinal)
                        || exception.Errors.Count == 0
                        || exception.Errors.Any(error => error.FileName != fileName || !error.JsonPath.StartsWith('$') || string.IsNullOrWhiteSpace(error.Message)))
                    {
                        failures.Add($"{where}: rejected without naming the file and a JSON path: {exception.Message}");
                    }
                    continue;
                }
                catch (Exception exception)
                {
                    failures.Add($"{where}: undocumented {Describe(exception)}");
                    continue;
                }
                try
                {
                    var walker = new PropertyWalker();
                    walker.Walk(document);
                    use(document, walker);
                    accepted++;
                }
                catch (Exception exception)
                {
                    failures.Add($"{where}: accepted, then {Describe(exception)}");
                }
            }
        }
        return new Outcome(variants, accepted, rejected, withoutLine, failures);
    }

    internal static void Report(Outcome outcome, string reader, ITestOutputHelper output)
    {
        output.WriteLine($"{reader}: {outcome.Variants} variants, {outcome.Accepted} accepted, {outcome.Rejected} rejected ({outcome.ErrorsWithoutLine} errors without a line), {outcome.Failures.Count} failures");
        Assert.True(outcome.Failures.Count == 0,
            $"{reader}: {outcome.Failures.Count} of {outcome.Variants} variants failed; the first few:{Environment.NewLine}"
            + string.Join(Environment.NewLine, outcome.Failures.Take(8)));
    }

    private static string Describe(Exception exception)
    {
        var inner = exception is PropertyThrewException { InnerException: { } cause } ? cause : exception;
        var frame = inner.StackTrace?.Split('\n').Select(line => line.Trim()).FirstOrDefault(line => line.Contains("Safeguarding.Domain.", StringComparison.Ordinal)) ?? "";
        return $"{exception.GetType().Name}: {exception.Message.Split('\n')[0]} ({frame})";
    }
}
