using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.EntityFrameworkCore.SqlServer;

/// <summary>
/// Lets <c>dotnet ef</c> build a SQL Server context without a host, for
/// <c>migrations add</c>, <c>migrations script</c> and <c>database update</c> with this project.
/// </summary>
public sealed class SafeguardingSqlServerDesignTimeDbContextFactory : IDesignTimeDbContextFactory<SafeguardingDbContext>
{
    /// <summary>Creates a SQL Server context for the design-time tools.</summary>
    /// <param name="args">
    /// Arguments passed by the tools after <c>--</c>; the first, if any, is a connection string. Else
    /// the environment variable <c>SAFEGUARDING_SQLSERVER</c>, else a local server's
    /// <c>safeguarding</c> database (never opened when adding a migration or writing a script).
    /// </param>
    /// <returns>The context.</returns>
    public SafeguardingDbContext CreateDbContext(string[] args)
    {
        var connectionString = args is { Length: > 0 } ? args[0]
            : Environment.GetEnvironmentVariable("SAFEGUARDING_SQLSERVER") is { Length: > 0 } fromEnvironment ? fromEnvironment
            : "Server=localhost;Database=safeguarding;Integrated Security=true;TrustServerCertificate=true";
        return new SafeguardingDbContext(new DbContextOptionsBuilder<SafeguardingDbContext>().UseSqlServer(connectionString).Options);
    }
}
