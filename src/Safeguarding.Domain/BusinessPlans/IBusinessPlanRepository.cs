namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// Where a board's plans are kept. Widgets and reports ask this, never a database directly; the
/// Entity Framework Core package stores plans in SQLite or PostgreSQL, and
/// <see cref="InMemoryBusinessPlanRepository"/> keeps them in memory (tests, previews).
/// </summary>
public interface IBusinessPlanRepository
{
    /// <summary>Lists the plans kept, by title.</summary>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A summary of each plan.</returns>
    Task<IReadOnlyList<BusinessPlanSummary>> ListAsync(CancellationToken cancellationToken = default);

    /// <summary>Gets a plan with its priorities, action areas, actions and progress history.</summary>
    /// <param name="key">The plan's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan, or <c>null</c> when none has that key.</returns>
    Task<BusinessPlan?> GetAsync(string key, CancellationToken cancellationToken = default);

    /// <summary>Adds a plan.</summary>
    /// <param name="plan">The plan; its key must not be in use.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the plan is stored.</returns>
    /// <exception cref="InvalidOperationException">A plan with the same key is already kept; nothing was changed.</exception>
    Task AddAsync(BusinessPlan plan, CancellationToken cancellationToken = default);

    /// <summary>Records a progress update on one action of a plan.</summary>
    /// <param name="key">The plan's key.</param>
    /// <param name="actionRef">The action's ref.</param>
    /// <param name="update">The update; not dated before the action's latest update.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>A task that completes when the update is stored.</returns>
    /// <exception cref="KeyNotFoundException">There is no such plan or action; nothing was changed.</exception>
    /// <exception cref="ArgumentException">The update is dated before the action's latest update; nothing was changed.</exception>
    Task RecordProgressAsync(string key, string actionRef, ProgressUpdate update, CancellationToken cancellationToken = default);
}
