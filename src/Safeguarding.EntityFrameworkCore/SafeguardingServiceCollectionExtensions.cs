using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>Registers the database of plans with a host's services.</summary>
public static class SafeguardingServiceCollectionExtensions
{
    /// <summary>
    /// Stores plans in SQLite, the embedded default: registers <see cref="SafeguardingDbContext"/>,
    /// <see cref="IBusinessPlanRepository"/> (as <see cref="EntityFrameworkBusinessPlanRepository"/>)
    /// and <see cref="SafeguardingDatabaseInitializer"/>, all scoped.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">A SQLite connection string, such as <c>Data Source=safeguarding.db</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddSafeguardingSqlite(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContext<SafeguardingDbContext>(options => options.UseSqlite(connectionString));
        return AddRepository(services);
    }

    /// <summary>
    /// Stores plans in PostgreSQL: registers <see cref="SafeguardingDbContext"/>,
    /// <see cref="IBusinessPlanRepository"/> (as <see cref="EntityFrameworkBusinessPlanRepository"/>)
    /// and <see cref="SafeguardingDatabaseInitializer"/>, all scoped.
    /// </summary>
    /// <remarks>
    /// The schema is created by <see cref="SafeguardingDatabaseInitializer"/> with
    /// <c>EnsureCreated</c>: this package's migrations are SQLite's. Tests against a PostgreSQL
    /// server come with a later version.
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=localhost;Database=safeguarding;Username=…</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddSafeguardingPostgreSql(this IServiceCollection services, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        services.AddDbContext<SafeguardingDbContext>(options => options.UseNpgsql(connectionString));
        return AddRepository(services);
    }

    private static IServiceCollection AddRepository(IServiceCollection services)
    {
        services.AddScoped<IBusinessPlanRepository, EntityFrameworkBusinessPlanRepository>();
        services.AddScoped<EntityFrameworkBusinessPlanRepository>();
        services.AddScoped<SafeguardingDatabaseInitializer>();
        return services;
    }
}
