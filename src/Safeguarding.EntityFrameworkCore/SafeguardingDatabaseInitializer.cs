using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Safeguarding.Domain.Import;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Prepares the database on start-up: creates or upgrades its schema when asked, and on first run, when it
/// holds no plans, seeds it from a folder of plan files. A database that already holds plans is
/// never reseeded, so progress recorded since is kept.
/// </summary>
/// <remarks>
/// <para>Each provider has migrations of its own (<see cref="SafeguardingProviders"/>): SQLite's in
/// this package, PostgreSQL's and SQL Server's in theirs. They are applied on start-up only when the
/// host asks (<see cref="SafeguardingDatabaseInitializerOptions.ApplyMigrations"/>), as the sample
/// intranet does; otherwise start-up checks that none is pending and says what to run if one is.
/// Either way an up-to-date database is recognised from its migration history alone, so a start
/// with nothing to apply takes no lock and runs nothing else.
/// A SQLite migration lock left by a process that stopped while migrating is cleared once stale,
/// and migrating gives up after a time limit with a log line saying what to do, so one crash does
/// not stop every later start.</para>
/// <para>The log says how many plans were found or added and their keys, never what the plans say.</para>
/// </remarks>
public sealed partial class SafeguardingDatabaseInitializer
{
    private readonly SafeguardingDbContext _context;
    private readonly ILogger<SafeguardingDatabaseInitializer> _logger;

    /// <summary>Creates the initialiser.</summary>
    /// <param name="context">The database context.</param>
    /// <param name="logger">Where to log counts and keys.</param>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public SafeguardingDatabaseInitializer(SafeguardingDbContext context, ILogger<SafeguardingDatabaseInitializer> logger)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(logger);
        _context = context;
        _logger = logger;
    }

    /// <summary>
    /// Checks the schema is up to date (it applies no migration), then seeds the database from plan
    /// files if it holds no plans: the same as <see cref="InitializeAsync(string, SafeguardingDatabaseInitializerOptions, CancellationToken)"/>
    /// with default options.
    /// </summary>
    /// <param name="seedFolder">The folder of plan files (<c>*.json</c>, read in file-name order), such as seeds/plans.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of plans added: 0 when the database already held plans.</returns>
    /// <exception cref="ArgumentException"><paramref name="seedFolder"/> is blank.</exception>
    /// <exception cref="InvalidOperationException">A migration is pending; the message says what to run.</exception>
    /// <exception cref="PlanFileException">A plan file is not valid; no plan was added.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist and the database is empty; no plan was added.</exception>
    public Task<int> InitializeAsync(string seedFolder, CancellationToken cancellationToken = default) =>
        InitializeAsync(seedFolder, new SafeguardingDatabaseInitializerOptions(), cancellationToken);

    /// <summary>
    /// Applies the migrations of a host's own context that keeps its tables in the same database
    /// (such as an intranet's identity store), as the plans' are applied: nothing when none is
    /// pending; otherwise, on a SQLite file, behind the same operating-system lock, clearing a lock
    /// row a stopped process left (EF Core would wait for it for ever), within
    /// <see cref="SafeguardingDatabaseInitializerOptions.MigrationTimeout"/>.
    /// </summary>
    /// <param name="context">The host's context; its migrations are where its options say, or in its own assembly.</param>
    /// <param name="options">How long to wait, and how old a lock row must be where no lock file can be made.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the context's migrations are applied.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> or <paramref name="options"/> is <c>null</c>.</exception>
    /// <exception cref="TimeoutException">Migrating took longer than <see cref="SafeguardingDatabaseInitializerOptions.MigrationTimeout"/>.</exception>
    public Task ApplyMigrationsAsync(DbContext context, SafeguardingDatabaseInitializerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(options);
        return new SafeguardingMigrations(context, _logger).ApplyAsync(options, cancellationToken);
    }

    /// <summary>
    /// Applies the provider's migrations when the host asks (else checks none is pending), then
    /// seeds the database from plan files if it holds no plans.
    /// </summary>
    /// <param name="seedFolder">The folder of plan files (<c>*.json</c>, read in file-name order), such as seeds/plans.</param>
    /// <param name="options">Whether to apply migrations, and how to treat a stale migration lock.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The number of plans added: 0 when the database already held plans.</returns>
    /// <exception cref="ArgumentException"><paramref name="seedFolder"/> is blank.</exception>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <c>null</c>.</exception>
    /// <exception cref="InvalidOperationException">Migrations were not to be applied and one is pending, or the provider's migrations package is missing; the message says what to do.</exception>
    /// <exception cref="TimeoutException">Migrating took longer than <see cref="SafeguardingDatabaseInitializerOptions.MigrationTimeout"/>, such as waiting for another process's lock.</exception>
    /// <exception cref="PlanFileException">A plan file is not valid; no plan was added.</exception>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist and the database is empty; no plan was added.</exception>
    public async Task<int> InitializeAsync(string seedFolder, SafeguardingDatabaseInitializerOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(seedFolder);
        ArgumentNullException.ThrowIfNull(options);
        var migrations = new SafeguardingMigrations(_context, _logger);
        if (options.ApplyMigrations)
        {
            await migrations.ApplyAsync(options, cancellationToken).ConfigureAwait(false);
        }
        else
        {
            await migrations.EnsureNonePendingAsync(cancellationToken).ConfigureAwait(false);
        }

        var existing = await SafeguardingRowQueries.CountAsync<BusinessPlanRecord>(_context, cancellationToken).ConfigureAwait(false);
        if (existing > 0)
        {
            LogNotSeeded(existing);
            return 0;
        }

        // Every file is read before anything is written: a bad file throws here and adds nothing.
        var plans = PlanFileImporter.ImportFolder(seedFolder);

        // Through the provider's execution strategy, so that a host that asks for retries on
        // failure (EnableRetryOnFailure) may still seed in one transaction: all plans or none.
        var strategy = _context.Database.CreateExecutionStrategy();
        await strategy.ExecuteAsync(async () =>
        {
            var transaction = await _context.Database.BeginTransactionAsync(cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                try
                {
                    _context.Plans.AddRange(plans.Select(PlanRecordMapper.ToRecord));
                    await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                    await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                }
                finally
                {
                    _context.ChangeTracker.Clear();
                }
            }
        }).ConfigureAwait(false);
        var keys = string.Join(", ", plans.Select(plan => plan.Key));
        LogSeeded(plans.Count, keys);
        return plans.Count;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "The database already holds {PlanCount} plan(s), so it was not seeded.")]
    private partial void LogNotSeeded(long planCount);

    [LoggerMessage(Level = LogLevel.Information, Message = "Seeded an empty database with {PlanCount} plan(s): {PlanKeys}.")]
    private partial void LogSeeded(int planCount, string planKeys);
}
