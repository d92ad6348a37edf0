using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Identity.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;

namespace Safeguarding.SampleIntranet.Identity;

/// <summary>
/// The sample's sign-in store: ASP.NET Core Identity's users and their claims (board role,
/// agencies, display name), in the same SQLite file as the plans. It has migrations of its own and
/// its own history table (<see cref="MigrationsHistoryTable"/>), so it and the plans' context each
/// apply only their own migrations to the shared file.
/// </summary>
/// <param name="options">The options, naming the provider and connection.</param>
public sealed class IntranetIdentityDbContext(DbContextOptions<IntranetIdentityDbContext> options) : IdentityDbContext<IdentityUser>(options)
{
    /// <summary>The table recording which of this context's migrations the file has had.</summary>
    public const string MigrationsHistoryTable = "__IdentityMigrationsHistory";

    /// <summary>Configures SQLite for this context, with its own migrations history table.</summary>
    /// <param name="builder">The options builder.</param>
    /// <param name="connectionString">The SQLite connection string.</param>
    /// <returns><paramref name="builder"/>.</returns>
    public static DbContextOptionsBuilder UseIntranetSqlite(DbContextOptionsBuilder builder, string connectionString)
    {
        ArgumentNullException.ThrowIfNull(builder);
        return builder.UseSqlite(connectionString, sqlite => sqlite.MigrationsHistoryTable(MigrationsHistoryTable));
    }
}

/// <summary>Lets <c>dotnet ef migrations add --context IntranetIdentityDbContext</c> build the context without running the app.</summary>
public sealed class IntranetIdentityDesignTimeDbContextFactory : IDesignTimeDbContextFactory<IntranetIdentityDbContext>
{
    /// <summary>Creates a SQLite context for the design-time tools; the file is never opened when adding a migration.</summary>
    /// <param name="args">Arguments after <c>--</c>; the first, if any, is a connection string.</param>
    /// <returns>The context.</returns>
    public IntranetIdentityDbContext CreateDbContext(string[] args)
    {
        var connectionString = args is { Length: > 0 } ? args[0] : "Data Source=App_Data/intranet.db";
        var builder = new DbContextOptionsBuilder<IntranetIdentityDbContext>();
        IntranetIdentityDbContext.UseIntranetSqlite(builder, connectionString);
        return new IntranetIdentityDbContext(builder.Options);
    }
}
