using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Infrastructure;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>Registers a PostgreSQL database of plans with a host's services.</summary>
public static class SafeguardingPostgreSqlServiceCollectionExtensions
{
    /// <summary>
    /// Stores plans in PostgreSQL: a shortcut for
    /// <see cref="SafeguardingServiceCollectionExtensions.AddSafeguardingEntityFrameworkCore"/> with
    /// <c>UseNpgsql</c>, registering <see cref="SafeguardingDbContext"/>,
    /// <see cref="IBusinessPlanRepository"/> and <see cref="SafeguardingDatabaseInitializer"/>, all scoped.
    /// </summary>
    /// <remarks>
    /// The schema is this package's PostgreSQL migrations: apply them with <c>dotnet ef database
    /// update</c> (or a script) before the host starts, or let the initialiser apply them when the
    /// host asks (<see cref="SafeguardingDatabaseInitializerOptions.ApplyMigrations"/>).
    /// </remarks>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">An Npgsql connection string, such as <c>Host=localhost;Database=safeguarding;Username=…</c>.</param>
    /// <param name="npgsqlOptions">Npgsql's own options, such as <c>EnableRetryOnFailure()</c> or <c>CommandTimeout(…)</c>; none if <c>null</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddSafeguardingPostgreSql(this IServiceCollection services, string connectionString, Action<NpgsqlDbContextOptionsBuilder>? npgsqlOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddSafeguardingEntityFrameworkCore(options => options.UseNpgsql(connectionString, npgsqlOptions));
    }
}
