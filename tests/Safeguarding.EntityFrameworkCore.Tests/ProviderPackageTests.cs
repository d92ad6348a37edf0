using System.Xml.Linq;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>A partner takes only the provider it uses: each provider comes in a package of its own.</summary>
public class ProviderPackageTests
{
    private static readonly string[] Providers = ["Microsoft.EntityFrameworkCore.Sqlite", "Npgsql.EntityFrameworkCore.PostgreSQL", "Microsoft.EntityFrameworkCore.SqlServer"];

    [Theory]
    [InlineData("Safeguarding.EntityFrameworkCore", null)]
    [InlineData("Safeguarding.EntityFrameworkCore.Sqlite", "Microsoft.EntityFrameworkCore.Sqlite")]
    [InlineData("Safeguarding.EntityFrameworkCore.PostgreSql", "Npgsql.EntityFrameworkCore.PostgreSQL")]
    [InlineData("Safeguarding.EntityFrameworkCore.SqlServer", "Microsoft.EntityFrameworkCore.SqlServer")]
    public void Each_package_depends_on_its_own_provider_only(string project, string? provider)
    {
        var file = Path.Combine(Safeguarding.Tests.Shared.RepositoryRoot.Path, "src", project, project + ".csproj");
        var references = XDocument.Load(file).Descendants("PackageReference").Select(reference => (string)reference.Attribute("Include")!).ToList();

        Assert.Equal(provider is null ? [] : [provider], references.Where(Providers.Contains));
    }

    [Fact]
    public void The_provider_neutral_assembly_loads_no_provider()
    {
        var referenced = typeof(SafeguardingDbContext).Assembly.GetReferencedAssemblies().Select(name => name.Name).ToList();

        Assert.DoesNotContain(referenced, name => name!.StartsWith("Microsoft.Data.Sqlite", StringComparison.Ordinal) || name.StartsWith("Npgsql", StringComparison.Ordinal) || name.StartsWith("Microsoft.Data.SqlClient", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => Providers.Contains(name));
    }

    [Fact]
    public void Contention_is_told_from_a_refused_row_on_each_provider()
    {
        // Retried: SQLite busy or locked, PostgreSQL serialization failure or deadlock.
        Assert.True(EntityFrameworkBusinessPlanRepository.IsContention(new SqliteException("database is locked", 5)));
        Assert.True(EntityFrameworkBusinessPlanRepository.IsContention(new SqliteException("database table is locked", 6)));
        Assert.True(EntityFrameworkBusinessPlanRepository.IsContention(new InvalidOperationException("wrapped", new PostgresException("could not serialize access", "ERROR", "ERROR", "40001"))));
        Assert.True(EntityFrameworkBusinessPlanRepository.IsContention(new PostgresException("deadlock detected", "ERROR", "ERROR", "40P01")));

        // Not retried but read again: a unique index refused the row (another writer took the place).
        Assert.False(EntityFrameworkBusinessPlanRepository.IsContention(new SqliteException("UNIQUE constraint failed", 19, 2067)));
        Assert.False(EntityFrameworkBusinessPlanRepository.IsContention(new PostgresException("duplicate key value violates unique constraint", "ERROR", "ERROR", "23505")));
    }
}
