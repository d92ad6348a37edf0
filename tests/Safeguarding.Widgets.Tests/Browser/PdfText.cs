using System.Diagnostics;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// Reads a PDF's text with poppler's <c>pdftotext</c> (Debian's poppler-utils, which <c>.ci/run</c>
/// installs). On Debian as root without it, it installs poppler-utils with apt-get first; anywhere
/// else it fails saying how to install it. Tests that print to PDF are never skipped.
/// </summary>
internal static class PdfText
{
    private static readonly Lazy<string> Tool = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    /// <summary>The text of each page, in order (pdftotext separates pages with a form feed).</summary>
    internal static async Task<IReadOnlyList<string>> PagesAsync(byte[] pdf)
    {
        var file = Path.Combine(Path.GetTempPath(), $"sg-paper-{Guid.NewGuid():N}.pdf");
        await File.WriteAllBytesAsync(file, pdf);
        try
        {
            var (exitCode, output, error) = await RunAsync(Tool.Value, ["-enc", "UTF-8", file, "-"]);
            Assert.True(exitCode == 0, $"pdftotext exited with {exitCode}: {error}");
            return [.. output.Split('\f').Select(Tidy).Where(page => page.Length > 0)];
        }
        finally
        {
            File.Delete(file);
        }
    }

    // Lines trimmed and blank lines dropped, so that the text compares across runs.
    private static string Tidy(string page) =>
        string.Join("\n", page.Split('\n').Select(line => string.Join(' ', line.Split(' ', StringSplitOptions.RemoveEmptyEntries))).Where(line => line.Length > 0));

    private static string Locate()
    {
        foreach (var candidate in (string[])["/usr/bin/pdftotext", "/usr/local/bin/pdftotext", "/opt/homebrew/bin/pdftotext"])
        {
            if (File.Exists(candidate))
            {
                return candidate;
            }
        }
        if (OperatingSystem.IsLinux() && File.Exists("/usr/bin/apt-get") && Environment.UserName == "root")
        {
            foreach (var arguments in (string[][])[["update", "-qq"], ["install", "-y", "-qq", "poppler-utils"]])
            {
                var (exitCode, output, error) = RunAsync("apt-get", arguments).GetAwaiter().GetResult();
                if (exitCode != 0)
                {
                    throw new InvalidOperationException($"Installing poppler-utils for pdftotext failed: apt-get {string.Join(' ', arguments)} exited with {exitCode}.{Environment.NewLine}{error}{output}");
                }
            }
            if (File.Exists("/usr/bin/pdftotext"))
            {
                return "/usr/bin/pdftotext";
            }
        }
        throw new InvalidOperationException(
            "The print view tests read the printed PDF's text with pdftotext, and none was found. Install poppler's utilities "
            + "(on Debian or Ubuntu: `sudo apt-get install poppler-utils`; on macOS: `brew install poppler`).");
    }

    private static async Task<(int ExitCode, string Output, string Error)> RunAsync(string command, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo(command) { RedirectStandardOutput = true, RedirectStandardError = true, StandardOutputEncoding = System.Text.Encoding.UTF8 };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return (process.ExitCode, await output, await error);
    }
}
