using System.Runtime.CompilerServices;

namespace Safeguarding.BoardPapers.Tests.Support;

/// <summary>
/// Snapshot testing of text, in the style of Verify and of the widget tests' HtmlSnapshot: one readable
/// file per test beside its source, <c>Snapshots/&lt;name&gt;.verified.&lt;extension&gt;</c>, compared
/// line by line (line endings aside). On a mismatch or a missing snapshot a <c>.received.</c> file is
/// written beside it and the test fails. To accept changes, run the tests with
/// <c>ACCEPT_SNAPSHOTS=true</c>, review the diff and commit it. In strict mode
/// (<c>SNAPSHOOTER_STRICT_MODE=true</c>, as CI runs) nothing is ever accepted.
/// </summary>
internal static class TextSnapshot
{
    internal static void Verify(string text, string name, string extension = "txt", [CallerFilePath] string sourceFile = "")
    {
        var folder = Path.Combine(FindTestsFolder(sourceFile), "Snapshots");
        var verifiedPath = Path.Combine(folder, $"{name}.verified.{extension}");
        var receivedPath = Path.Combine(folder, $"{name}.received.{extension}");
        var actual = Normalise(text);
        var strict = IsSet("SNAPSHOOTER_STRICT_MODE");
        var accept = IsSet("ACCEPT_SNAPSHOTS") && !strict;
        Directory.CreateDirectory(folder);

        if (!File.Exists(verifiedPath))
        {
            File.WriteAllText(accept ? verifiedPath : receivedPath, actual);
            Assert.True(accept, $"There is no snapshot {verifiedPath}{(strict ? " (strict mode: snapshots are never created here)" : string.Empty)}. The output was written to {receivedPath}: review it, then rename it to .verified.{extension} or run the tests with ACCEPT_SNAPSHOTS=true.");
            return;
        }
        var expected = Normalise(File.ReadAllText(verifiedPath));
        if (expected == actual)
        {
            File.Delete(receivedPath);
            return;
        }
        if (accept)
        {
            File.WriteAllText(verifiedPath, actual);
            return;
        }
        File.WriteAllText(receivedPath, actual);
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        var first = Enumerable.Range(0, Math.Max(expectedLines.Length, actualLines.Length))
            .First(index => index >= expectedLines.Length || index >= actualLines.Length || expectedLines[index] != actualLines[index]);
        Assert.Fail($"The output differs from {verifiedPath} first at line {first + 1}:{Environment.NewLine}"
            + $"  expected: {(first < expectedLines.Length ? expectedLines[first] : "(end of file)")}{Environment.NewLine}"
            + $"  found:    {(first < actualLines.Length ? actualLines[first] : "(end of file)")}{Environment.NewLine}"
            + $"The output was written to {receivedPath}. If the change is meant, run the tests with ACCEPT_SNAPSHOTS=true and commit the verified file.");
    }

    // Snapshots sit in the test project's own Snapshots folder, whichever subfolder the test is in.
    private static string FindTestsFolder(string sourceFile)
    {
        for (var folder = new DirectoryInfo(Path.GetDirectoryName(sourceFile)!); folder is not null; folder = folder.Parent)
        {
            if (folder.GetFiles("*.csproj").Length > 0)
            {
                return folder.FullName;
            }
        }
        throw new InvalidOperationException($"Expected a test project above {sourceFile}.");
    }

    private static string Normalise(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n') + "\n";

    private static bool IsSet(string variable) =>
        string.Equals(Environment.GetEnvironmentVariable(variable), "true", StringComparison.OrdinalIgnoreCase);
}
