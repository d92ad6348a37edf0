using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build the context without a host. Migrations are
/// generated for SQLite; the connection string is never opened when adding a migration.
/// </summary>
public sealed class SafeguardingDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SafeguardingDbContext>
{
    /// <summary>Creates a SQLite context for the design-time tools.</summary>
    /// <param name="args">Arguments passed by the tools after <c>--</c>; the first, if any, is a connection string.</param>
    /// <returns>The context.</returns>
    public SafeguardingDbContext CreateDbContext(string[] args)
    {
        var connectionString = args is { Length: > 0 } ? args[0] : "Data Source=safeguarding.db";
        return new SafeguardingDbContext(new DbContextOptionsBuilder<SafeguardingDbContext>().UseSqlite(connectionString).Options);
    }
}
