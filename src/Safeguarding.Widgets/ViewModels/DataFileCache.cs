using System.Collections.Concurrent;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>
/// Keeps what was read from a data file (a scorecard, an annual report) until the file changes, so
/// a page does not read and parse it again on every request. A changed file (its time or length)
/// is read again on the next request.
/// </summary>
/// <typeparam name="T">What the file is read into.</typeparam>
internal sealed class DataFileCache<T>
    where T : class
{
    private readonly ConcurrentDictionary<string, (DateTime Written, long Length, T Value)> _files = new(StringComparer.Ordinal);

    internal T Get(string path, Func<string, T> read)
    {
        var full = Path.GetFullPath(path);
        var file = new FileInfo(full);
        if (!file.Exists)
        {
            _files.TryRemove(full, out _);
            return read(full);
        }
        if (_files.TryGetValue(full, out var kept) && kept.Written == file.LastWriteTimeUtc && kept.Length == file.Length)
        {
            return kept.Value;
        }
        var value = read(full);
        _files[full] = (file.LastWriteTimeUtc, file.Length, value);
        return value;
    }
}
