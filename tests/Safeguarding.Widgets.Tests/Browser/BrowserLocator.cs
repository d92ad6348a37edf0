using System.Diagnostics;

namespace Safeguarding.Widgets.Tests.Browser;

/// <summary>
/// Finds a Chromium-family browser for the browser tests. Playwright cannot download its own here,
/// so the tests use, in order: the one named by <c>SAFEGUARDING_BROWSER</c>, Debian's
/// <c>/usr/bin/chromium</c>, or an installed Chrome or Edge. On Debian as root with none, it
/// installs Debian's <c>chromium</c> with apt-get; anywhere else it fails saying how to install one.
/// </summary>
internal static class BrowserLocator
{
    private const string Variable = "SAFEGUARDING_BROWSER";

    private static readonly string[] Candidates =
    [
        "/usr/bin/chromium",
        "/usr/bin/chromium-browser",
        "/usr/bin/google-chrome",
        "/usr/bin/google-chrome-stable",
        "/usr/bin/microsoft-edge",
        "/opt/google/chrome/chrome",
        @"C:\Program Files\Google\Chrome\Application\chrome.exe",
        @"C:\Program Files (x86)\Microsoft\Edge\Application\msedge.exe",
        "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome",
    ];

    private static readonly Lazy<string> Browser = new(Locate, LazyThreadSafetyMode.ExecutionAndPublication);

    internal static string ExecutablePath => Browser.Value;

    private static string Locate()
    {
        var named = Environment.GetEnvironmentVariable(Variable);
        if (!string.IsNullOrWhiteSpace(named))
        {
            return File.Exists(named)
                ? named
                : throw new InvalidOperationException($"{Variable} names {named}, but there is no file there. Point it at a Chromium, Chrome or Edge executable.");
        }
        var found = Candidates.FirstOrDefault(File.Exists);
        if (found is not null)
        {
            return found;
        }
        if (OperatingSystem.IsLinux() && File.Exists("/usr/bin/apt-get") && Environment.UserName == "root")
        {
            Run("apt-get", "update -qq");
            Run("apt-get", "install -y -qq chromium");
            if (File.Exists("/usr/bin/chromium"))
            {
                return "/usr/bin/chromium";
            }
        }
        throw new InvalidOperationException(
            "The browser tests need Chromium, Chrome or Edge, and none was found. Install one (on Debian or Ubuntu: `sudo apt-get install chromium`), "
            + $"or set {Variable} to the path of its executable. Playwright's own browser download is not used.");
    }

    private static void Run(string command, string arguments)
    {
        var start = new ProcessStartInfo(command, arguments) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["DEBIAN_FRONTEND"] = "noninteractive";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {command} to install Chromium.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"Installing Chromium for the browser tests failed: `{command} {arguments}` exited with {process.ExitCode}.{Environment.NewLine}{error}{output.Result}");
        }
    }
}
