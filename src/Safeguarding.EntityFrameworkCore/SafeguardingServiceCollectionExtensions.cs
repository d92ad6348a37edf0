using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>Registers the database of plans with a host's services.</summary>
public static class SafeguardingServiceCollectionExtensions
{
    /// <summary>
    /// Stores plans in the database the options name, whatever its provider: registers
    /// <see cref="SafeguardingDbContext"/>, <see cref="IBusinessPlanRepository"/> (as
    /// <see cref="EntityFrameworkBusinessPlanRepository"/>) and <see cref="SafeguardingDatabaseInitializer"/>, and the case
    /// registers' stores (<see cref="EntityFrameworkAllegationCaseRepository"/>, <see cref="EntityFrameworkPrivateFosteringRepository"/>,
    /// <see cref="EntityFrameworkCaseAccessLog"/>), all scoped, with the context drawn from a pool, and <see cref="SafeguardingPlanCache"/> as a singleton, so that a
    /// page reads a plan with one small query, and <see cref="Safeguarding.Domain.Storage.IBoardRecordsVersion"/>
    /// (<see cref="EntityFrameworkBoardRecordsVersion"/>) as a singleton, by which pages are kept until anything changes.
    /// </summary>
    /// <remarks>
    /// Name the provider with its own options, such as <c>options.UseSqlite(…)</c>,
    /// <c>options.UseNpgsql(…, npgsql =&gt; npgsql.EnableRetryOnFailure())</c> or
    /// <c>options.UseSqlServer(…, sql =&gt; sql.CommandTimeout(60))</c>. The migrations of that
    /// provider are found in its package (<see cref="SafeguardingProviders"/>) unless the options
    /// name another assembly with <c>MigrationsAssembly(…)</c>.
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="configure">Names the provider and connection.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException">An argument is <c>null</c>.</exception>
    public static IServiceCollection AddSafeguardingEntityFrameworkCore(this IServiceCollection services, Action<DbContextOptionsBuilder> configure)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(configure);
        // Contexts are pooled: building one per request (its services and options) cost a page more
        // than the one query it runs. The provider's migrations assembly is named here, once, as
        // a pooled context may not change its options when it is configured.
        services.AddDbContextPool<SafeguardingDbContext>(options =>
        {
            configure(options);
            SafeguardingProviders.UseProviderMigrationsAssembly(options);
            SafeguardingCompiledModel.UseWhereUnchanged(options);
        });
        services.AddSingleton<SafeguardingPlanCache>();
        // The store's version, by which a host keeps pages until anything is committed (SQLite files only).
        services.AddSingleton<EntityFrameworkBoardRecordsVersion>();
        services.AddSingleton<Safeguarding.Domain.Storage.IBoardRecordsVersion>(provider => provider.GetRequiredService<EntityFrameworkBoardRecordsVersion>());
        services.AddScoped<IBusinessPlanRepository, EntityFrameworkBusinessPlanRepository>();
        services.AddScoped<EntityFrameworkBusinessPlanRepository>();
        services.AddScoped<SafeguardingDatabaseInitializer>();
        // The case registers and their access log; people use them through the domain's registers.
        services.AddScoped<Safeguarding.Domain.Allegations.IAllegationCaseRepository, EntityFrameworkAllegationCaseRepository>();
        services.AddScoped<Safeguarding.Domain.PrivateFostering.IPrivateFosteringRepository, EntityFrameworkPrivateFosteringRepository>();
        services.AddScoped<Safeguarding.Domain.Access.ICaseAccessLog, EntityFrameworkCaseAccessLog>();
        return services;
    }
}
