using System.Data;
using System.Data.Common;
using System.Runtime.CompilerServices;
using System.Runtime.ExceptionServices;
using Ardalis.Specification;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Storage;
using Safeguarding.EntityFrameworkCore.Persistence;
using Safeguarding.EntityFrameworkCore.Specifications;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Keeps plans in a database through <see cref="SafeguardingDbContext"/>: the domain's
/// <see cref="IBusinessPlanRepository"/>, and action queries written as specifications over
/// <see cref="PlanActionRecord"/> that run in SQL.
/// </summary>
public sealed class EntityFrameworkBusinessPlanRepository : IBusinessPlanRepository
{
    // How often a check and insert is tried when the database is busy with other writers.
    private const int MaxAttempts = 5;
    private const int SqliteBusy = 5;
    private const int SqliteLocked = 6;

    private readonly SafeguardingDbContext _context;
    private readonly SafeguardingPlanCache? _cache;
    private readonly IBoardRecordsVersion? _records;

    /// <summary>Creates the repository.</summary>
    /// <param name="context">The database context; the repository does not dispose it.</param>
    /// <param name="cache">Plans kept between requests (a singleton), or <c>null</c> to read every plan whole each time.</param>
    /// <param name="records">
    /// The store's version (a singleton), with which a kept plan or list of plans is used without
    /// any query while nothing has been committed; <c>null</c> to read each plan's stamp every time.
    /// </param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <c>null</c>.</exception>
    public EntityFrameworkBusinessPlanRepository(SafeguardingDbContext context, SafeguardingPlanCache? cache = null, IBoardRecordsVersion? records = null)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
        _cache = cache;
        _records = cache is null ? null : records;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<BusinessPlanSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var version = await ReadRecordsVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is not null && _cache!.TryGetList(version, out var kept))
        {
            return kept;
        }
        var plans = await ReadListAsync(cancellationToken).ConfigureAwait(false);
        if (version is not null)
        {
            _cache!.SetList(version, plans);
        }
        return plans;
    }

    private async Task<IReadOnlyList<BusinessPlanSummary>> ReadListAsync(CancellationToken cancellationToken)
    {
        var rows = await _context.Plans.AsNoTracking()
            .Select(plan => new { plan.Key, plan.Title, plan.BoardName, plan.PeriodStart, plan.PeriodEnd, plan.ArchivedAt })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Ordered here rather than in SQL, so the order is ordinal whatever the database's collation.
        return [.. rows.OrderBy(row => row.Title, StringComparer.Ordinal)
            .Select(row => new BusinessPlanSummary(row.Key, row.Title, row.BoardName, new DateInterval(row.PeriodStart, row.PeriodEnd)) { IsArchived = row.ArchivedAt is not null })];
    }

    /// <inheritdoc/>
    /// <remarks>
    /// With a <see cref="SafeguardingPlanCache"/>, one query reads the plan's stamp (revision,
    /// archived, counts and highest ids of its updates and reviews) and, when it is unchanged since
    /// the plan was kept, returns the kept plan; otherwise the plan is read whole and kept. With the
    /// store's version as well, a plan kept when the version was the same as now is returned
    /// without any query.
    /// </remarks>
    public async Task<BusinessPlan?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        if (_cache is null)
        {
            return (await LoadAsync(key, cancellationToken).ConfigureAwait(false)).Plan;
        }
        // Read before the stamp and the plan, so that whatever they show is at least this new.
        var version = await ReadRecordsVersionAsync(cancellationToken).ConfigureAwait(false);
        if (version is not null && _cache.TryGetUnchanged(key, version, out var unchanged))
        {
            return unchanged;
        }
        var stamp = await StampAsync(key, cancellationToken).ConfigureAwait(false);
        if (stamp is null)
        {
            return null;
        }
        if (_cache.TryGet(key, stamp.Value, out var kept))
        {
            if (version is not null)
            {
                _cache.Confirm(key, kept, version);
            }
            return kept;
        }
        var loaded = await LoadAsync(key, cancellationToken).ConfigureAwait(false);
        if (loaded.Plan is not null)
        {
            _cache.Set(key, loaded.Stamp!.Value, loaded.Plan, version);
        }
        return loaded.Plan;
    }

    /// <inheritdoc/>
    /// <remarks>One query for whether the row exists: the plan is not read.</remarks>
    public Task<bool> ExistsAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        return SafeguardingRowQueries.AnyWhereAsync<BusinessPlanRecord>(_context, nameof(BusinessPlanRecord.Key), key, cancellationToken);
    }

    private ValueTask<string?> ReadRecordsVersionAsync(CancellationToken cancellationToken) =>
        _records?.ReadAsync(cancellationToken) ?? ValueTask.FromResult<string?>(null);

    // The plan's stamp in one query (no plan, null). Compiled once per model (a compiled query
    // belongs to the model it was compiled against, and each provider has its own): a page reads
    // it on every request, and a query EF Core had to look up in its cache each time cost more
    // than the SQL.
    private static readonly ConditionalWeakTable<IModel, Func<SafeguardingDbContext, string, CancellationToken, Task<PlanStamp?>>> StampQueries = [];

    private Task<PlanStamp?> StampAsync(string key, CancellationToken cancellationToken) =>
        StampQueries.GetValue(_context.Model, _ => CompileStampQuery())(_context, key, cancellationToken);

    private static Func<SafeguardingDbContext, string, CancellationToken, Task<PlanStamp?>> CompileStampQuery() =>
        EF.CompileAsyncQuery((SafeguardingDbContext context, string key, CancellationToken cancellationToken) =>
            context.Plans.AsNoTracking().Where(plan => plan.Key == key)
                .Select(plan => (PlanStamp?)new PlanStamp(
                    plan.Revision,
                    plan.ArchivedAt,
                    plan.Actions.SelectMany(action => action.Progress).Count(),
                    plan.Actions.SelectMany(action => action.Progress).Max(update => (int?)update.Id),
                    plan.Actions.SelectMany(action => action.Reviews).Count(),
                    plan.Actions.SelectMany(action => action.Reviews).Max(review => (int?)review.Id)))
                .SingleOrDefault());

    private async Task<(BusinessPlan? Plan, PlanStamp? Stamp)> LoadAsync(string key, CancellationToken cancellationToken)
    {
        // The plan is read by one query per table (a single joined query would repeat every plan
        // column for each update), in one repeatable-read transaction so that all of them see the
        // same moment: a revision or an update stored meanwhile is seen whole or not at all.
        var strategy = _context.Database.CreateExecutionStrategy();
        var (record, stamp) = await strategy.ExecuteAsync(async token =>
        {
            var transaction = await _context.Database.BeginTransactionAsync(IsolationLevel.RepeatableRead, token).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                // The stamp is read in the same transaction, so it describes exactly the rows read.
                var readStamp = _cache is null ? null : await StampAsync(key, token).ConfigureAwait(false);
                var read = await _context.Plans.AsNoTracking()
                    .Include(plan => plan.Priorities)
                    .Include(plan => plan.ActionAreas)
                    .Include(plan => plan.Actions).ThenInclude(action => action.Progress)
                    .Include(plan => plan.Actions).ThenInclude(action => action.Reviews)
                    .AsSplitQuery()
                    .SingleOrDefaultAsync(plan => plan.Key == key, token).ConfigureAwait(false);
                await transaction.CommitAsync(token).ConfigureAwait(false);
                return (read, readStamp);
            }
        }, cancellationToken).ConfigureAwait(false);
        return record is null ? (null, null) : (PlanRecordMapper.ToPlan(record), stamp);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">An action does not name the priority or action area it is under (<see cref="PlanAction.PriorityNumber"/>, <see cref="PlanAction.ActionAreaRef"/>); nothing was changed. Plans read by the importer always do.</exception>
    public async Task AddAsync(BusinessPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (await ExistsAsync(plan.Key, cancellationToken).ConfigureAwait(false))
        {
            throw new InvalidOperationException($"Expected each plan key once, but \"{plan.Key}\" is already kept.");
        }
        _context.Plans.Add(PlanRecordMapper.ToRecord(plan));
        try
        {
            await SaveAsync(cancellationToken).ConfigureAwait(false);
        }
        catch (DbUpdateException exception)
        {
            // Another caller may have added the same key between the check and the save: the
            // unique index then refused this plan whole, which callers expect to hear as a duplicate.
            if (await ExistsAsync(plan.Key, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Expected each plan key once, but \"{plan.Key}\" is already kept.", exception);
            }
            throw;
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <para>
    /// Reads the plan's own fields and the one action with its history (not the whole plan), asks
    /// the domain (<see cref="PlanAction.Check"/>) and inserts one row at the next place in the
    /// history, with the action's completion date recomputed from the history, in one transaction.
    /// </para>
    /// <para>
    /// Race-safe on a shared database: the history's place (action, sequence) and the submission's
    /// idempotency key (action, key) are unique indexes, so of two writers at once the database
    /// stores one. The other's save fails (SQLite's "UNIQUE constraint failed", PostgreSQL's
    /// unique_violation, SQLSTATE 23505, SQL Server's error 2601); this repository then reads the history again and asks
    /// the domain again, so that writer is answered <see cref="ProgressRecordingStatus.Conflict"/>
    /// naming what was recorded, or <see cref="ProgressRecordingStatus.AlreadyRecorded"/> for the
    /// same submission, never an exception. A save refused for another reason (the history did not
    /// move) is rethrown. A database too busy to answer (SQLite's "database is locked" after its
    /// busy timeout, a PostgreSQL serialization failure) is retried a few times, then thrown.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="DbUpdateException">The database refused the row for a reason other than another writer.</exception>
    public async Task<ProgressRecordingResult> RecordProgressAsync(string planKey, ProgressSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        ArgumentNullException.ThrowIfNull(submission);
        ArgumentNullException.ThrowIfNull(submission.ActionRef);
        Exception? refused = null;
        var refusedAtVersion = -1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var loaded = await LoadActionAsync(planKey, submission.ActionRef, cancellationToken).ConfigureAwait(false);
                if (loaded.NotFound is { } notFound)
                {
                    return notFound;
                }
                var (plan, record, action) = (loaded.Plan!, loaded.Record!, loaded.Action!);
                var answer = action.Check(plan, submission, out var update);
                if (answer is not null)
                {
                    return answer;
                }
                if (refused is not null && action.Version == refusedAtVersion)
                {
                    // The history has not moved since the database refused the row, so no other
                    // writer explains the refusal: it is a real error, not a lost race.
                    ExceptionDispatchInfo.Throw(refused);
                }
                var sequence = action.Version;
                action.RecordProgress(update!);
                var stored = action.Progress[^1];
                record.Progress.Add(PlanRecordMapper.ToRecord(stored, sequence));
                // A correction can move the completion date either way, so it is taken from the history as the domain reads it.
                record.CompletedOn = action.CompletedOn;
                try
                {
                    await SaveAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException exception) when (!IsContention(exception))
                {
                    // Most likely another writer took this place in the history or stored the same
                    // submission first (a unique index refused the row): read again and let the domain answer.
                    refused = exception;
                    refusedAtVersion = sequence;
                    continue;
                }
                return ProgressRecordingResult.Recorded(stored);
            }
            catch (Exception exception) when (IsContention(exception) && attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// Reads the one action with its history, asks the domain (<see cref="PlanAction.Review"/>)
    /// and inserts one review row at the next place among the action's reviews. Two reviews at once
    /// are both kept, one after the other (the later one stands), as the in-memory repository does:
    /// a save that lost the place to another reviewer is tried again at the next place.
    /// </remarks>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    /// <exception cref="DbUpdateException">The database refused the row for a reason other than another reviewer.</exception>
    public async Task<ProgressRecordingResult> ReviewProgressAsync(string planKey, ReviewSubmission review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        ArgumentNullException.ThrowIfNull(review);
        ArgumentNullException.ThrowIfNull(review.ActionRef);
        ArgumentNullException.ThrowIfNull(review.ReviewedBy);
        Exception? refused = null;
        var refusedAtSequence = -1;
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var loaded = await LoadActionAsync(planKey, review.ActionRef, cancellationToken).ConfigureAwait(false);
                if (loaded.NotFound is { } notFound)
                {
                    return notFound;
                }
                var (record, action) = (loaded.Record!, loaded.Action!);
                var sequence = record.Reviews.Count;
                if (refused is not null && sequence == refusedAtSequence)
                {
                    ExceptionDispatchInfo.Throw(refused);
                }
                var answer = action.Review(review.UpdateNumber, review.Outcome, review.Comment, review.ReviewedBy, review.ReviewedAt);
                if (answer.Status != ProgressRecordingStatus.Recorded)
                {
                    return answer;
                }
                record.Reviews.Add(PlanRecordMapper.ToRecord(answer.Review!, sequence));
                try
                {
                    await SaveAsync(cancellationToken).ConfigureAwait(false);
                }
                catch (DbUpdateException exception) when (!IsContention(exception))
                {
                    // Most likely another reviewer took this place among the reviews: read again and review after theirs.
                    refused = exception;
                    refusedAtSequence = sequence;
                    continue;
                }
                return answer;
            }
            catch (Exception exception) when (IsContention(exception) && attempt < MaxAttempts)
            {
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    /// <remarks>
    /// <para>
    /// In one serializable transaction: reads the plan with every action's history, checks its
    /// <see cref="BusinessPlan.Revision"/>, compares (<see cref="PlanRevision.Compare"/>) and updates
    /// the rows in place: priorities, action areas and actions matched by number or ref, so no
    /// history row is rewritten; new actions inserted, removed ones deleted with their history.
    /// </para>
    /// <para>
    /// Race-safe: the revision number is a concurrency token, so of two revisions made from the same
    /// one the second is answered <see cref="PlanRevisionStatus.Conflict"/>; and a progress update
    /// recorded while the revision is stored either comes first (and is kept, or refuses the drop of
    /// its action) or waits for it (and is then recorded on the revised action, or told the action is
    /// gone) — the database's serializable isolation makes the two take turns, and a revision that
    /// lost its turn is tried again from the start.
    /// </para>
    /// </remarks>
    /// <exception cref="ArgumentNullException"><paramref name="revised"/> is <c>null</c>.</exception>
    public async Task<PlanRevisionResult> ReviseAsync(BusinessPlan revised, int expectedRevision, bool dropActionsWithProgress = false, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(revised);
        var strategy = _context.Database.CreateExecutionStrategy();
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await strategy.ExecuteAsync(
                    token => ReviseOnceAsync(revised, expectedRevision, dropActionsWithProgress, token), cancellationToken).ConfigureAwait(false);
            }
            catch (DbUpdateConcurrencyException)
            {
                // Another revision was stored between this one's read and its write.
                _context.ChangeTracker.Clear();
                var current = await _context.Plans.AsNoTracking().Where(plan => plan.Key == revised.Key)
                    .Select(plan => (int?)plan.Revision).SingleOrDefaultAsync(cancellationToken).ConfigureAwait(false);
                return current is { } revision ? PlanRevisionResult.Conflict(expectedRevision, revision) : PlanRevisionResult.NotFound(revised.Key);
            }
            catch (Exception exception) when (IsContention(exception) && attempt < MaxAttempts)
            {
                _context.ChangeTracker.Clear();
                await BackOffAsync(attempt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    /// <inheritdoc/>
    public async Task<bool> ArchiveAsync(string planKey, Instant archivedAt, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        // Only a current plan takes the date, so archiving again keeps the first one.
        await _context.Plans.Where(plan => plan.Key == planKey && plan.ArchivedAt == null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(plan => plan.ArchivedAt, archivedAt), cancellationToken).ConfigureAwait(false);
        return await _context.Plans.AnyAsync(plan => plan.Key == planKey, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<bool> ReopenAsync(string planKey, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        await _context.Plans.Where(plan => plan.Key == planKey && plan.ArchivedAt != null)
            .ExecuteUpdateAsync(setters => setters.SetProperty(plan => plan.ArchivedAt, (Instant?)null), cancellationToken).ConfigureAwait(false);
        return await _context.Plans.AnyAsync(plan => plan.Key == planKey, cancellationToken).ConfigureAwait(false);
    }

    private async Task<PlanRevisionResult> ReviseOnceAsync(BusinessPlan revised, int expectedRevision, bool dropActionsWithProgress, CancellationToken cancellationToken)
    {
        _context.ChangeTracker.Clear();
        try
        {
            var transaction = await _context.Database.BeginTransactionAsync(IsolationLevel.Serializable, cancellationToken).ConfigureAwait(false);
            await using (transaction.ConfigureAwait(false))
            {
                var record = await _context.Plans
                    .Include(plan => plan.Priorities)
                    .Include(plan => plan.ActionAreas)
                    .Include(plan => plan.Actions).ThenInclude(action => action.Progress)
                    .Include(plan => plan.Actions).ThenInclude(action => action.Reviews)
                    .AsSplitQuery()
                    .SingleOrDefaultAsync(plan => plan.Key == revised.Key, cancellationToken).ConfigureAwait(false);
                if (record is null)
                {
                    return PlanRevisionResult.NotFound(revised.Key);
                }
                if (record.Revision != expectedRevision)
                {
                    return PlanRevisionResult.Conflict(expectedRevision, record.Revision);
                }
                var revision = PlanRevision.Compare(PlanRecordMapper.ToPlan(record), revised, dropActionsWithProgress);
                if (!revision.CanBeStored)
                {
                    return PlanRevisionResult.Refused(revision, record.Revision);
                }
                PlanRecordMapper.ApplyRevision(record, revision.Plan);
                await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
                await transaction.CommitAsync(cancellationToken).ConfigureAwait(false);
                return PlanRevisionResult.Stored(revision, record.Revision);
            }
        }
        finally
        {
            _context.ChangeTracker.Clear();
        }
    }

    /// <summary>Lists the actions of a plan that satisfy a specification, evaluated by the database.</summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="specification">
    /// A specification over stored actions, such as <see cref="Specifications.OverdueActionRecordsSpec"/>;
    /// its filters and order must be ones the provider can translate to SQL.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The actions with their progress history and reviews, in the specification's order (plan order when it gives none); empty when there is no such plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public async Task<IReadOnlyList<PlanAction>> ListActionsAsync(string planKey, ISpecification<PlanActionRecord> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        ArgumentNullException.ThrowIfNull(specification);
        var query = _context.Actions.AsNoTracking().Include(action => action.Progress).Include(action => action.Reviews).Where(action => action.PlanKey == planKey);
        if (!specification.OrderExpressions.Any())
        {
            query = query.OrderBy(action => action.Position);
        }
        var records = await SpecificationEvaluator.Default.GetQuery(query, specification)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.Select(PlanRecordMapper.ToAction)];
    }

    /// <summary>
    /// Reads the plan's own fields (no actions) and one action, tracked, with its updates and
    /// reviews: what the domain needs to check a submission against the history as it is now.
    /// </summary>
    private async Task<LoadedAction> LoadActionAsync(string planKey, string actionRef, CancellationToken cancellationToken)
    {
        // A previous attempt may have left rows tracked; every attempt starts from what is stored.
        _context.ChangeTracker.Clear();
        var planRecord = await _context.Plans.AsNoTracking()
            .SingleOrDefaultAsync(plan => plan.Key == planKey, cancellationToken).ConfigureAwait(false);
        if (planRecord is null)
        {
            return new LoadedAction(ProgressRecordingResult.NotFound($"There is no plan with key \"{planKey}\"."), null, null, null);
        }
        // One query for the action, its updates and its reviews, so that they are read at one
        // moment: split queries could see the action and then the history of a revision stored
        // in between, and answer from a history that never was.
        var record = await _context.Actions
            .Include(action => action.Progress)
            .Include(action => action.Reviews)
            .AsSingleQuery()
            .SingleOrDefaultAsync(action => action.BusinessPlanId == planRecord.Id && action.Ref == actionRef, cancellationToken).ConfigureAwait(false);
        if (record is null)
        {
            return new LoadedAction(ProgressRecordingResult.NotFound($"There is no action with ref \"{actionRef}\" in \"{planRecord.Title}\"."), null, null, null);
        }
        return new LoadedAction(null, PlanRecordMapper.ToPlanHeader(planRecord), record, PlanRecordMapper.ToAction(record));
    }

    /// <summary>
    /// Tells whether a failure is the database being busy with another writer rather than refusing
    /// the row: SQLite's SQLITE_BUSY or SQLITE_LOCKED ("database is locked", once its busy timeout
    /// has run out), or an error the provider calls transient (a PostgreSQL serialization failure
    /// or deadlock). The whole check and insert is then tried again.
    /// </summary>
    internal static bool IsContention(Exception exception)
    {
        for (var current = exception; current is not null; current = current.InnerException)
        {
            if (current is DbException { IsTransient: true } || IsSqliteBusyOrLocked(current))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// SQLite's SQLITE_BUSY or SQLITE_LOCKED, which Microsoft.Data.Sqlite does not call transient.
    /// Read by name, so that this package needs no SQLite provider when the host uses another.
    /// </summary>
    private static bool IsSqliteBusyOrLocked(Exception exception) =>
        exception.GetType().FullName == "Microsoft.Data.Sqlite.SqliteException"
        && exception.GetType().GetProperty("SqliteErrorCode")?.GetValue(exception) is SqliteBusy or SqliteLocked;

    private static Task BackOffAsync(int attempt, CancellationToken cancellationToken) =>
        Task.Delay(TimeSpan.FromMilliseconds((25 << attempt) + Random.Shared.Next(25)), cancellationToken);

    private async Task SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await _context.SaveChangesAsync(cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            // A failed save must not leave half an aggregate tracked for the next call on this context.
            _context.ChangeTracker.Clear();
        }
    }

    private sealed record LoadedAction(ProgressRecordingResult? NotFound, BusinessPlan? Plan, PlanActionRecord? Record, PlanAction? Action);
}
