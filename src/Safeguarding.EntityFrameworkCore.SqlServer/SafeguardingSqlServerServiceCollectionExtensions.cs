using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>Registers a SQL Server database of plans with a host's services.</summary>
public static class SafeguardingSqlServerServiceCollectionExtensions
{
    /// <summary>
    /// Stores plans in SQL Server (or Azure SQL): a shortcut for
    /// <see cref="SafeguardingServiceCollectionExtensions.AddSafeguardingEntityFrameworkCore"/> with
    /// <c>UseSqlServer</c>, registering <see cref="SafeguardingDbContext"/>,
    /// <see cref="IBusinessPlanRepository"/> and <see cref="SafeguardingDatabaseInitializer"/>, all scoped.
    /// </summary>
    /// <remarks>
    /// The schema is this package's SQL Server migrations, also given as an idempotent script
    /// (<c>safeguarding-sqlserver.sql</c> in the package). They are generated and checked against
    /// the model, but not yet run against a SQL Server in this repository's tests.
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">A SQL Server connection string.</param>
    /// <param name="sqlServerOptions">SQL Server's own options, such as <c>EnableRetryOnFailure()</c> or <c>CommandTimeout(…)</c>; none if <c>null</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddSafeguardingSqlServer(this IServiceCollection services, string connectionString, Action<SqlServerDbContextOptionsBuilder>? sqlServerOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddSafeguardingEntityFrameworkCore(options => options.UseSqlServer(connectionString, sqlServerOptions));
    }
}
