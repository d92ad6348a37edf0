namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// What <see cref="SafeguardingDatabaseInitializer"/> does on start-up besides seeding: whether it
/// applies migrations, and how it treats a migration lock left by a process that stopped mid-way.
/// </summary>
public sealed record SafeguardingDatabaseInitializerOptions
{
    /// <summary>
    /// Gets whether the host asks for the schema to be created or upgraded on start-up
    /// (<c>Database.MigrateAsync</c>). <c>false</c> by default: production applies migrations
    /// beforehand (<c>dotnet ef database update</c> or a script), and start-up then only checks that
    /// none is pending, failing with what to run if one is.
    /// </summary>
    public bool ApplyMigrations { get; init; }

    /// <summary>
    /// Gets how old a SQLite migration lock (the row in <c>__EFMigrationsLock</c>) must be to count
    /// as left by a process that stopped while migrating: such a lock is cleared, with a warning,
    /// before migrating. Five minutes by default. PostgreSQL and SQL Server hold their migration
    /// lock in the session, which ends with the process, so they leave no such row.
    /// </summary>
    public TimeSpan StaleMigrationLockAge { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>
    /// Gets how long migrating may wait and run before start-up gives up with an error saying what
    /// to do (such as a lock held by another process). Ten minutes by default; <see cref="Timeout.InfiniteTimeSpan"/> waits for ever.
    /// </summary>
    public TimeSpan MigrationTimeout { get; init; } = TimeSpan.FromMinutes(10);
}
