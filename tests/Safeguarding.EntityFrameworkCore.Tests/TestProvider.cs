using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// Makes the databases of one provider for the suites that run on every provider (an abstract test
/// class with one subclass per provider): SQLite, or PostgreSQL on <see cref="PostgreSqlServer"/>.
/// </summary>
public abstract class TestProvider
{
    internal static TestProvider Sqlite { get; } = new SqliteProvider();

    /// <summary>An empty database with this provider's migrations applied.</summary>
    internal abstract Task<TestDatabase> MigratedAsync();

    /// <summary>A migrated database holding <paramref name="plan"/>, that several connections can write at once.</summary>
    internal abstract Task<TestDatabase> MigratedWithAsync(BusinessPlan plan);

    /// <summary>A database with no schema yet, for the initialiser to migrate.</summary>
    internal abstract Task<TestDatabase> UnmigratedAsync();

    private sealed class SqliteProvider : TestProvider
    {
        internal override async Task<TestDatabase> MigratedAsync() => await TestDatabase.InMemoryAsync();

        internal override async Task<TestDatabase> MigratedWithAsync(BusinessPlan plan) => await TestDatabase.InTemporaryFileWithAsync(plan);

        internal override Task<TestDatabase> UnmigratedAsync() => Task.FromResult<TestDatabase>(TestDatabase.InTemporaryFile());
    }
}
