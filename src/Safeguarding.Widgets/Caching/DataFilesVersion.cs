using System.Collections.Concurrent;
using System.Globalization;
using System.Text;

namespace Safeguarding.Widgets.Caching;

/// <summary>
/// The version of the data files the widgets read (the scorecard folder's files and the annual
/// report file): each file's size and time last written, as the widgets' own file cache compares
/// them, and which files the folder holds, so that a kept page is rendered afresh once a file is
/// changed, added or removed.
/// </summary>
/// <remarks>
/// The folder's list of files is read again only when the folder's own time last written moves
/// (a file added, removed or renamed), or while that time is too recent to trust: two changes
/// within the file system's clock tick leave it the same.
/// </remarks>
internal static class DataFilesVersion
{
    private static readonly TimeSpan TrustedAfter = TimeSpan.FromSeconds(2);

    private static readonly ConcurrentDictionary<string, Listing> Listings = new(StringComparer.Ordinal);

    internal static string Read(SafeguardingWidgetsOptions options)
    {
        var version = new StringBuilder(96);
        if (options.ScorecardFolder is { Length: > 0 } folder)
        {
            foreach (var file in FilesIn(folder))
            {
                Append(version, new FileInfo(file));
            }
        }
        if (options.AnnualReportFile is { Length: > 0 } report)
        {
            Append(version, new FileInfo(report));
        }
        return version.ToString();
    }

    private static string[] FilesIn(string folder)
    {
        var written = Directory.GetLastWriteTimeUtc(folder);
        if (Listings.TryGetValue(folder, out var listing) && listing.FolderWritten == written && listing.ListedAt - written > TrustedAfter)
        {
            return listing.Files;
        }
        var listedAt = DateTime.UtcNow;
        var files = Directory.Exists(folder) ? Directory.GetFiles(folder) : [];
        Array.Sort(files, StringComparer.Ordinal);
        Listings[folder] = new Listing(written, listedAt, files);
        return files;
    }

    private static void Append(StringBuilder version, FileInfo file) =>
        version.Append(CultureInfo.InvariantCulture, $"{file.Name}:{(file.Exists ? file.Length : -1)}:{(file.Exists ? file.LastWriteTimeUtc.Ticks : 0)};");

    private sealed record Listing(DateTime FolderWritten, DateTime ListedAt, string[] Files);
}
