using System.Reflection;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Which assembly holds the migrations of each database provider: PostgreSQL's and SQL Server's in
/// a package of their own, SQLite's in this one (where every existing SQLite database's history
/// comes from; the SQLite provider itself comes with Safeguarding.EntityFrameworkCore.Sqlite), so
/// that a partner takes only the provider it uses.
/// </summary>
public static class SafeguardingProviders
{
    /// <summary>The assembly (and package) of the PostgreSQL migrations.</summary>
    public const string PostgreSqlMigrationsAssembly = "Safeguarding.EntityFrameworkCore.PostgreSql";

    /// <summary>The assembly (and package) of the SQL Server migrations.</summary>
    public const string SqlServerMigrationsAssembly = "Safeguarding.EntityFrameworkCore.SqlServer";

    /// <summary>EF Core's name of the SQLite provider (<c>Database.ProviderName</c>).</summary>
    internal const string SqliteProvider = "Microsoft.EntityFrameworkCore.Sqlite";

    // The provider's own assembly, as EF Core names it, and where this schema's migrations for it live.
    private static readonly Dictionary<string, string> MigrationsAssemblies = new(StringComparer.Ordinal)
    {
        [SqliteProvider] = typeof(SafeguardingDbContext).Assembly.GetName().Name!,
        ["Npgsql.EntityFrameworkCore.PostgreSQL"] = PostgreSqlMigrationsAssembly,
        ["Microsoft.EntityFrameworkCore.SqlServer"] = SqlServerMigrationsAssembly,
    };

    /// <summary>
    /// Gets the assembly that holds this schema's migrations for the provider chosen in
    /// <paramref name="options"/>: the one the options name with <c>MigrationsAssembly(…)</c> if
    /// they name one, else the package of that provider's migrations.
    /// </summary>
    /// <param name="options">Options naming a relational provider, such as after <c>UseSqlite</c> or <c>UseNpgsql</c>.</param>
    /// <returns>The assembly's name; <c>null</c> when the options name no relational provider, or one this package has no migrations for.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is <c>null</c>.</exception>
    public static string? MigrationsAssemblyFor(IDbContextOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var relational = options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        if (relational is null)
        {
            return null;
        }
        if (relational.MigrationsAssembly is { } named)
        {
            return named;
        }
        return MigrationsAssemblies.GetValueOrDefault(ProviderOf(relational));
    }

    /// <summary>
    /// Names the migrations assembly of the chosen provider in the options, unless they already
    /// name one: called by <see cref="SafeguardingDbContext"/> whatever way it was configured.
    /// </summary>
    internal static void UseProviderMigrationsAssembly(DbContextOptionsBuilder builder)
    {
        var relational = builder.Options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        if (relational is null || relational.MigrationsAssembly is not null || relational.MigrationsAssemblyObject is not null)
        {
            return;
        }
        if (MigrationsAssemblies.TryGetValue(ProviderOf(relational), out var assembly))
        {
            ((IDbContextOptionsBuilderInfrastructure)builder).AddOrUpdateExtension(relational.WithMigrationsAssembly(assembly));
        }
    }

    /// <summary>Gets the name of the provider's assembly, as EF Core names the provider (such as <see cref="SqliteProvider"/>).</summary>
    internal static string ProviderOf(RelationalOptionsExtension relational) => relational.GetType().Assembly.GetName().Name ?? string.Empty;

    /// <summary>Tells whether the migrations assembly can be loaded, so that a missing package is reported by name.</summary>
    internal static bool CanLoad(string assemblyName)
    {
        try
        {
            Assembly.Load(new AssemblyName(assemblyName));
            return true;
        }
        catch (FileNotFoundException)
        {
            return false;
        }
    }
}
