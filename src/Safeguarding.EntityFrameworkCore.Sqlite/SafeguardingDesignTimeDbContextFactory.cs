using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Lets <c>dotnet ef migrations add</c> build a SQLite context without a host. The SQLite
/// migrations live in Safeguarding.EntityFrameworkCore, so this project is the startup project:
/// <c>dotnet ef migrations add Name --project src/Safeguarding.EntityFrameworkCore --startup-project src/Safeguarding.EntityFrameworkCore.Sqlite</c>.
/// The connection string is never opened when adding a migration.
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
