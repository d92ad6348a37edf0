using Microsoft.EntityFrameworkCore;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Backs up a SQLite database of plans while the intranet runs, with SQLite's <c>VACUUM INTO</c>: a
/// consistent copy of every committed update, taken in one read transaction, while writers carry on.
/// To restore, stop the app and put the copy in place of the database file.
/// </summary>
public static class SafeguardingSqliteBackup
{
    /// <summary>Writes a consistent copy of the database to a new file.</summary>
    /// <param name="context">A context on the SQLite database to back up.</param>
    /// <param name="backupPath">The copy's path; the file must not exist yet (SQLite never overwrites with VACUUM INTO).</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the copy is written.</returns>
    /// <exception cref="ArgumentException"><paramref name="backupPath"/> is blank.</exception>
    /// <exception cref="InvalidOperationException">The context is not on SQLite (use <c>pg_dump</c> for PostgreSQL, your DBA's backups for SQL Server).</exception>
    /// <exception cref="IOException">A file already exists at <paramref name="backupPath"/>.</exception>
    public static async Task BackupToAsync(this SafeguardingDbContext context, string backupPath, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentException.ThrowIfNullOrWhiteSpace(backupPath);
        if (!context.Database.IsSqlite())
        {
            throw new InvalidOperationException(
                $"Expected a SQLite database to back up with VACUUM INTO, but the context uses {context.Database.ProviderName}; back PostgreSQL up with pg_dump, and SQL Server with your DBA's backups.");
        }
        var path = Path.GetFullPath(backupPath);
        if (File.Exists(path))
        {
            throw new IOException($"Expected no file at {path}, so that the backup does not replace one; choose a new name, such as one with today's date.");
        }
        await context.Database.OpenConnectionAsync(cancellationToken).ConfigureAwait(false);
        try
        {
            var command = context.Database.GetDbConnection().CreateCommand();
            await using (command.ConfigureAwait(false))
            {
                command.CommandText = "VACUUM INTO $path";
                var parameter = command.CreateParameter();
                parameter.ParameterName = "$path";
                parameter.Value = path;
                command.Parameters.Add(parameter);
                await command.ExecuteNonQueryAsync(cancellationToken).ConfigureAwait(false);
            }
        }
        finally
        {
            await context.Database.CloseConnectionAsync().ConfigureAwait(false);
        }
    }
}
