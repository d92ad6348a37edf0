using System.Runtime.CompilerServices;
using AngleSharp.Diffing;
using AngleSharp.Html;
using AngleSharp.Html.Parser;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// Snapshot testing of HTML, in the style of Verify: one readable file per test beside its source,
/// <c>Snapshots/&lt;Class&gt;.&lt;Method&gt;.verified.html</c>, compared by meaning (attribute order
/// and white space do not matter). On a mismatch or a missing snapshot a <c>.received.html</c> file
/// is written beside it and the test fails. To accept changes, run the tests with
/// <c>ACCEPT_SNAPSHOTS=true</c>, review the diff of the verified files and commit them. In strict
/// mode (<c>SNAPSHOOTER_STRICT_MODE=true</c>, as CI runs) nothing is ever accepted.
/// </summary>
internal static class HtmlSnapshot
{
    internal static void Verify(string html, string name, [CallerFilePath] string sourceFile = "")
    {
        var folder = Path.Combine(Path.GetDirectoryName(sourceFile)!, "Snapshots");
        var verifiedPath = Path.Combine(folder, $"{name}.verified.html");
        var receivedPath = Path.Combine(folder, $"{name}.received.html");
        var pretty = Pretty(html);
        var strict = IsSet("SNAPSHOOTER_STRICT_MODE");
        var accept = IsSet("ACCEPT_SNAPSHOTS") && !strict;

        if (!File.Exists(verifiedPath))
        {
            if (accept)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(verifiedPath, pretty);
                return;
            }
            Directory.CreateDirectory(folder);
            File.WriteAllText(receivedPath, pretty);
            Assert.Fail($"There is no snapshot {verifiedPath}{(strict ? " (strict mode: snapshots are never created here)" : string.Empty)}. The output was written to {receivedPath}: review it, then rename it to .verified.html or run the tests with ACCEPT_SNAPSHOTS=true.");
        }

        var differences = DiffBuilder.Compare(File.ReadAllText(verifiedPath)).WithTest(pretty).Build().ToList();
        if (differences.Count == 0)
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
        Assert.Fail($"The HTML differs from {verifiedPath} in {differences.Count} place(s):{Environment.NewLine}"
            + string.Join(Environment.NewLine, differences.Take(20).Select(difference => $"  {difference.Result} {difference.Target}: {Describe(difference)}"))
            + $"{Environment.NewLine}The output was written to {receivedPath}. If the change is meant, run the tests with ACCEPT_SNAPSHOTS=true and commit the verified file.");
    }

    private static string Describe(AngleSharp.Diffing.Core.IDiff difference) => difference switch
    {
        AngleSharp.Diffing.Core.NodeDiff node => $"expected \"{node.Control.Node.TextContent.Trim()}\" but found \"{node.Test.Node.TextContent.Trim()}\" at {node.Control.Path}",
        AngleSharp.Diffing.Core.AttrDiff attribute => $"attribute {attribute.Control.Attribute.Name}: expected \"{attribute.Control.Attribute.Value}\" but found \"{attribute.Test.Attribute.Value}\" at {attribute.Control.Path}",
        AngleSharp.Diffing.Core.MissingNodeDiff missing => $"missing {missing.Control.Path}",
        AngleSharp.Diffing.Core.UnexpectedNodeDiff unexpected => $"unexpected {unexpected.Test.Path}",
        _ => difference.ToString() ?? string.Empty,
    };

    private static string Pretty(string html)
    {
        var parser = new HtmlParser();
        var document = parser.ParseDocument($"<body>{html}</body>");
        using var writer = new StringWriter { NewLine = "\n" };
        foreach (var child in document.Body!.Children)
        {
            child.ToHtml(writer, new PrettyMarkupFormatter { Indentation = "  ", NewLine = "\n" });
            writer.Write('\n');
        }
        return writer.ToString().Trim() + "\n";
    }

    private static bool IsSet(string variable) =>
        string.Equals(Environment.GetEnvironmentVariable(variable), "true", StringComparison.OrdinalIgnoreCase);
}
