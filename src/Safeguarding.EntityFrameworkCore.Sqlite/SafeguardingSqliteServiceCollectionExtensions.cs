using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>Registers a SQLite database of plans with a host's services.</summary>
public static class SafeguardingSqliteServiceCollectionExtensions
{
    /// <summary>
    /// Stores plans in SQLite, the embedded default: a shortcut for
    /// <see cref="SafeguardingServiceCollectionExtensions.AddSafeguardingEntityFrameworkCore"/> with <c>UseSqlite</c>.
    /// </summary>
    /// <param name="services">The services.</param>
    /// <param name="connectionString">A SQLite connection string, such as <c>Data Source=safeguarding.db</c>.</param>
    /// <param name="sqliteOptions">SQLite's own options, such as a command timeout; none if <c>null</c>.</param>
    /// <returns><paramref name="services"/>, for chaining.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="services"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="connectionString"/> is blank.</exception>
    public static IServiceCollection AddSafeguardingSqlite(this IServiceCollection services, string connectionString, Action<SqliteDbContextOptionsBuilder>? sqliteOptions = null)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentException.ThrowIfNullOrWhiteSpace(connectionString);
        return services.AddSafeguardingEntityFrameworkCore(options => options.UseSqlite(connectionString, sqliteOptions));
    }
}
