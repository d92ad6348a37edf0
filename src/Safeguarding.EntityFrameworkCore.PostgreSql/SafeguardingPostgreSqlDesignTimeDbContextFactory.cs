using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.EntityFrameworkCore.PostgreSql;

/// <summary>
/// Lets <c>dotnet ef</c> build a PostgreSQL context without a host, for
/// <c>migrations add</c>, <c>migrations script</c> and <c>database update</c> with this project.
/// </summary>
public sealed class SafeguardingPostgreSqlDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SafeguardingDbContext>
{
    /// <summary>Creates a PostgreSQL context for the design-time tools.</summary>
    /// <param name="args">
    /// Arguments passed by the tools after <c>--</c>; the first, if any, is a connection string. Else
    /// the environment variable <c>SAFEGUARDING_POSTGRES</c>, else a local server's
    /// <c>safeguarding</c> database (never opened when adding a migration or writing a script).
    /// </param>
    /// <returns>The context.</returns>
    public SafeguardingDbContext CreateDbContext(string[] args)
    {
        var connectionString = args is { Length: > 0 } ? args[0]
            : Environment.GetEnvironmentVariable("SAFEGUARDING_POSTGRES") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : "Host=localhost;Database=safeguarding;Username=safeguarding";
        return new SafeguardingDbContext(new DbContextOptionsBuilder<SafeguardingDbContext>().UseNpgsql(connectionString).Options);
    }
}
