using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Safeguarding.EntityFrameworkCore.CompiledModels.Sqlite;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// Gives a SQLite <see cref="SafeguardingDbContext"/> the model compiled ahead of time
/// (<c>CompiledModels/Sqlite</c>, made by <c>dotnet ef dbcontext optimize</c> through
/// <c>.ci/compiled-model</c>) instead of building it from <see cref="SafeguardingDbContext.OnModelCreating"/>
/// on the first use of each process: building it took about half a second of every start-up.
/// </summary>
/// <remarks>
/// Only where the compiled model is the model the options would build: the provider is SQLite (the
/// other providers' models differ in value generation and store types), and the options change
/// nothing that shapes a model. A host that names a model (<c>UseModel</c>), replaces a service
/// (such as a model customiser), brings its own internal service provider, or adds any extension
/// besides EF Core's own and SQLite's (a naming convention, a type plugin) gets the model built from
/// the code, as before. The model is the same either way: a test compares the two.
/// </remarks>
internal static class SafeguardingCompiledModel
{
    /// <summary>Uses the compiled model when the options allow it (see the remarks on the class); otherwise leaves them as they are.</summary>
    /// <param name="builder">The options being configured, naming their provider already.</param>
    internal static void UseWhereUnchanged(DbContextOptionsBuilder builder)
    {
        if (IsUnchangedSqlite(builder.Options))
        {
            builder.UseModel(SafeguardingDbContextModel.Instance);
        }
    }

    /// <summary>Tells whether the options name SQLite and nothing that would make its model differ from the compiled one.</summary>
    internal static bool IsUnchangedSqlite(IDbContextOptions options)
    {
        var core = options.FindExtension<CoreOptionsExtension>();
        if (core is null || core.Model is not null || core.InternalServiceProvider is not null || core.ReplacedServices is { Count: > 0 })
        {
            return false;
        }
        var relational = options.Extensions.OfType<RelationalOptionsExtension>().FirstOrDefault();
        if (relational is null || SafeguardingProviders.ProviderOf(relational) != SafeguardingProviders.SqliteProvider)
        {
            return false;
        }
        return options.Extensions.All(extension => extension == core || extension == relational);
    }
}
