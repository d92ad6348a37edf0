using Microsoft.EntityFrameworkCore;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Specifications;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Keeps plans in a database through <see cref="SafeguardingDbContext"/>: the domain's
/// <see cref="IBusinessPlanRepository"/>, and action queries written as specifications over
/// <see cref="PlanActionRecord"/> that run in SQL.
/// </summary>
public sealed class EntityFrameworkBusinessPlanRepository : IBusinessPlanRepository
{
    private readonly SafeguardingDbContext _context;

    /// <summary>Creates the repository.</summary>
    /// <param name="context">The database context; the repository does not dispose it.</param>
    /// <exception cref="ArgumentNullException"><paramref name="context"/> is <c>null</c>.</exception>
    public EntityFrameworkBusinessPlanRepository(SafeguardingDbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <inheritdoc/>
    public async Task<IReadOnlyList<BusinessPlanSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        var rows = await _context.Plans.AsNoTracking()
            .Select(plan => new { plan.Key, plan.Title, plan.BoardName, plan.PeriodStart, plan.PeriodEnd })
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        // Ordered here rather than in SQL, so the order is ordinal whatever the database's collation.
        return [.. rows.OrderBy(row => row.Title, StringComparer.Ordinal)
            .Select(row => new BusinessPlanSummary(row.Key, row.Title, row.BoardName, new DateInterval(row.PeriodStart, row.PeriodEnd)))];
    }

    /// <inheritdoc/>
    public async Task<BusinessPlan?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var record = await _context.Plans.AsNoTracking()
            .Include(plan => plan.Priorities)
            .Include(plan => plan.ActionAreas)
            .Include(plan => plan.Actions).ThenInclude(action => action.Progress)
            .AsSplitQuery()
            .SingleOrDefaultAsync(plan => plan.Key == key, cancellationToken).ConfigureAwait(false);
        return record is null ? null : PlanRecordMapper.ToPlan(record);
    }

    /// <inheritdoc/>
    /// <exception cref="ArgumentException">An action does not name the priority or action area it is under (<see cref="PlanAction.PriorityNumber"/>, <see cref="PlanAction.ActionAreaRef"/>); nothing was changed. Plans read by the importer always do.</exception>
    public async Task AddAsync(BusinessPlan plan, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(plan);
        if (await _context.Plans.AnyAsync(record => record.Key == plan.Key, cancellationToken).ConfigureAwait(false))
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
            if (await _context.Plans.AnyAsync(record => record.Key == plan.Key, cancellationToken).ConfigureAwait(false))
            {
                throw new InvalidOperationException($"Expected each plan key once, but \"{plan.Key}\" is already kept.", exception);
            }
            throw;
        }
    }

    /// <inheritdoc/>
    public async Task<ProgressRecordingResult> RecordProgressAsync(string planKey, ProgressSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        ArgumentNullException.ThrowIfNull(submission);
        // TODO(ef helper): store the new columns, and turn a lost race on the unique index into the domain's answer.
        var plan = await GetAsync(planKey, cancellationToken).ConfigureAwait(false);
        if (plan?.FindAction(submission.ActionRef) is not { } action)
        {
            return ProgressRecordingResult.NotFound(plan is null ? $"There is no plan with key \"{planKey}\"." : $"There is no action with ref \"{submission.ActionRef}\" in \"{plan.Title}\".");
        }
        var answer = action.Check(plan, submission, out var update);
        if (answer is not null)
        {
            return answer;
        }
        var record = await _context.Actions.SingleAsync(stored => stored.PlanKey == planKey && stored.Ref == submission.ActionRef, cancellationToken).ConfigureAwait(false);
        var stored = update! with { Number = action.Version + 1 };
        var row = PlanRecordMapper.ToRecord(stored, action.Version);
        row.PlanActionId = record.Id;
        _context.ProgressUpdates.Add(row);
        if (stored.CompletionDate is { } completed && (record.CompletedOn is null || completed < record.CompletedOn))
        {
            record.CompletedOn = completed;
        }
        await SaveAsync(cancellationToken).ConfigureAwait(false);
        return ProgressRecordingResult.Recorded(stored);
    }

    /// <inheritdoc/>
    public Task<ProgressRecordingResult> ReviewProgressAsync(string planKey, ReviewSubmission review, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("TODO(ef helper): reviews are not stored yet.");

    /// <summary>Lists the actions of a plan that satisfy a specification, evaluated by the database.</summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="specification">
    /// A specification over stored actions, such as <see cref="Specifications.OverdueActionRecordsSpec"/>;
    /// its filters and order must be ones the provider can translate to SQL.
    /// </param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The actions with their progress history, in the specification's order (plan order when it gives none); empty when there is no such plan.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public async Task<IReadOnlyList<PlanAction>> ListActionsAsync(string planKey, ISpecification<PlanActionRecord> specification, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        ArgumentNullException.ThrowIfNull(specification);
        var query = _context.Actions.AsNoTracking().Include(action => action.Progress).Where(action => action.PlanKey == planKey);
        if (!specification.OrderExpressions.Any())
        {
            query = query.OrderBy(action => action.Position);
        }
        var records = await SpecificationEvaluator.Default.GetQuery(query, specification)
            .AsSplitQuery()
            .ToListAsync(cancellationToken).ConfigureAwait(false);
        return [.. records.Select(PlanRecordMapper.ToAction)];
    }

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
}
