namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// An operating-system lock on a file beside a SQLite database (<c>intranet.db.migrating</c>), held
/// while this package migrates it. The operating system releases it when the process ends, however
/// it ends, so whoever holds it knows that no other process starting with these packages is
/// migrating: a row left in EF Core's <c>__EFMigrationsLock</c> table was left by a process that
/// stopped, and can be cleared at once rather than after an age.
/// </summary>
internal sealed class SqliteMigrationGate : IDisposable
{
    private static readonly TimeSpan Poll = TimeSpan.FromMilliseconds(200);
    private readonly FileStream _lock;

    private SqliteMigrationGate(FileStream fileLock, string path)
    {
        _lock = fileLock;
        Path = path;
    }

    /// <summary>Gets the lock file's path.</summary>
    internal string Path { get; }

    /// <summary>
    /// Takes the lock for a SQLite database file, waiting while another process holds it.
    /// </summary>
    /// <param name="databaseFile">The database file's path, as the connection names it; <c>null</c>, empty or in-memory for none.</param>
    /// <param name="timeout">How long to wait for another process.</param>
    /// <param name="cancellationToken">Cancels the wait.</param>
    /// <returns>The lock, or <c>null</c> for an in-memory database or a folder where no lock file can be made (the age rule then applies).</returns>
    /// <exception cref="TimeoutException">Another process held the lock for longer than <paramref name="timeout"/>.</exception>
    internal static async Task<SqliteMigrationGate?> EnterAsync(string? databaseFile, TimeSpan timeout, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(databaseFile) || databaseFile.Contains(":memory:", StringComparison.Ordinal) || databaseFile.StartsWith("file:", StringComparison.Ordinal))
        {
            return null;
        }
        var path = databaseFile + ".migrating";
        var started = DateTimeOffset.UtcNow;
        while (true)
        {
            try
            {
                // FileShare.None is an exclusive advisory lock (flock on Linux and macOS, a share mode on Windows).
                return new SqliteMigrationGate(new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None), path);
            }
            catch (IOException) when (File.Exists(path))
            {
                // Held by another process that is migrating: wait for it.
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
            {
                // The folder takes no lock file (read-only, say): fall back to the age of the lock row.
                return null;
            }
            if (timeout != Timeout.InfiniteTimeSpan && DateTimeOffset.UtcNow - started > timeout)
            {
                throw new TimeoutException(
                    $"Another process has been migrating the database for longer than {timeout} (it holds {path}). Wait for it to finish and start again.");
            }
            await Task.Delay(Poll, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>Releases the lock; the file stays, empty, for the next start.</summary>
    public void Dispose() => _lock.Dispose();
}
