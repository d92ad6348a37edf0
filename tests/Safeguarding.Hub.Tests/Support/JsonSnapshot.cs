using System.Runtime.CompilerServices;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Safeguarding.Hub.Tests.Support;

/// <summary>
/// Snapshot testing of JSON in the style of the widgets' HTML snapshots (and Verify): one readable
/// file per test beside its source, <c>Snapshots/&lt;name&gt;.verified.json</c>, compared by meaning
/// (property order and white space do not matter). On a mismatch or a missing snapshot a
/// <c>.received.json</c> is written beside it and the test fails; <c>ACCEPT_SNAPSHOTS=true</c> accepts,
/// and <c>SNAPSHOOTER_STRICT_MODE=true</c> (CI) never does.
/// </summary>
internal static class JsonSnapshot
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    internal static void Verify(string json, string name, [CallerFilePath] string sourceFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var verifiedPath = Path.Combine(folder, $"{name}.verified.json");
        var receivedPath = Path.Combine(folder, $"{name}.received.json");
        var received = JsonNode.Parse(json)!;
        var pretty = received.ToJsonString(Indented).ReplaceLineEndings("\n") + "\n";
        var strict = IsSet("SNAPSHOOTER_STRICT_MODE");
        var accept = IsSet("ACCEPT_SNAPSHOTS") && !strict;
        Directory.CreateDirectory(folder);
        if (File.Exists(verifiedPath) && JsonNode.DeepEquals(JsonNode.Parse(File.ReadAllText(verifiedPath)), received))
        {
            File.Delete(receivedPath);
            return;
        }
        if (accept)
        {
            File.WriteAllText(verifiedPath, pretty);
            return;
        }
        File.WriteAllText(receivedPath, pretty);
        Assert.Fail(File.Exists(verifiedPath)
            ? $"The JSON differs from {verifiedPath}. The output was written to {receivedPath}: compare them, and if the change is meant run the tests with ACCEPT_SNAPSHOTS=true and commit the verified file."
            : $"There is no snapshot {verifiedPath}{(strict ? " (strict mode: snapshots are never created here)" : string.Empty)}. The output was written to {receivedPath}: review it, then run the tests with ACCEPT_SNAPSHOTS=true.");
    }

    private static bool IsSet(string variable) =>
        string.Equals(Environment.GetEnvironmentVariable(variable), "true", StringComparison.OrdinalIgnoreCase);
}
