using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.EntityFrameworkCore.Tests;

public class ServiceCollectionExtensionsTests
{
    [Fact]
    public async Task AddSafeguardingSqlite_registers_a_scoped_context_repository_and_initializer_that_work()
    {
        await using var database = TestDatabase.InTemporaryFile();
        var services = new ServiceCollection().AddLogging().AddSafeguardingSqlite($"Data Source={database.FilePath}");
        await using var provider = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });

        await using (var scope = provider.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<SafeguardingDatabaseInitializer>().InitializeAsync(SeedFiles.PlansFolder, TestDatabase.Migrating);
        }
        await using (var scope = provider.CreateAsyncScope())
        {
            var repository = scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>();
            Assert.IsType<EntityFrameworkBusinessPlanRepository>(repository);
            Assert.Equal(SeedFiles.PlanFileNames.Count(), (await repository.ListAsync()).Count);
        }

        Assert.All(services.Where(service => service.ServiceType == typeof(IBusinessPlanRepository) || service.ServiceType == typeof(SafeguardingDbContext)),
            service => Assert.Equal(ServiceLifetime.Scoped, service.Lifetime));
    }

    [Fact]
    public async Task AddSafeguardingPostgreSql_registers_the_Npgsql_provider_without_connecting()
    {
        var services = new ServiceCollection().AddLogging().AddSafeguardingPostgreSql("Host=localhost;Database=safeguarding;Username=safeguarding");
        await using var provider = services.BuildServiceProvider();
        await using var scope = provider.CreateAsyncScope();

        var context = scope.ServiceProvider.GetRequiredService<SafeguardingDbContext>();

        Assert.Equal("Npgsql.EntityFrameworkCore.PostgreSQL", context.Database.ProviderName);
        Assert.IsType<EntityFrameworkBusinessPlanRepository>(scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>());
    }

    [Theory]
    [InlineData("sqlite", "Microsoft.EntityFrameworkCore.Sqlite", "Safeguarding.EntityFrameworkCore")]
    [InlineData("postgresql", "Npgsql.EntityFrameworkCore.PostgreSQL", SafeguardingProviders.PostgreSqlMigrationsAssembly)]
    [InlineData("sqlserver", "Microsoft.EntityFrameworkCore.SqlServer", SafeguardingProviders.SqlServerMigrationsAssembly)]
    public async Task AddSafeguardingEntityFrameworkCore_takes_any_provider_with_its_own_options_and_finds_its_migrations(string provider, string providerName, string migrationsAssembly)
    {
        var services = new ServiceCollection().AddLogging().AddSafeguardingEntityFrameworkCore(options => _ = provider switch
        {
            "sqlite" => options.UseSqlite("Data Source=never-opened.db", sqlite => sqlite.CommandTimeout(30)),
            "postgresql" => options.UseNpgsql("Host=localhost;Database=safeguarding;Username=safeguarding", npgsql => npgsql.EnableRetryOnFailure(3).CommandTimeout(30)),
            _ => options.UseSqlServer("Server=localhost;Database=safeguarding;Integrated Security=true", sql => sql.EnableRetryOnFailure(3).CommandTimeout(30)),
        });
        await using var built = services.BuildServiceProvider(new ServiceProviderOptions { ValidateScopes = true, ValidateOnBuild = true });
        await using var scope = built.CreateAsyncScope();

        var context = scope.ServiceProvider.GetRequiredService<SafeguardingDbContext>();

        Assert.Equal(providerName, context.Database.ProviderName);
        Assert.Equal(migrationsAssembly, SafeguardingProviders.MigrationsAssemblyFor(context.GetService<IDbContextOptions>()));
        // Each provider's own migrations, found without MigrationsAssembly(…) in the host's code.
        Assert.NotEmpty(context.Database.GetMigrations());
        Assert.Equal(30, context.Database.GetCommandTimeout());
        Assert.IsType<EntityFrameworkBusinessPlanRepository>(scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>());
    }

    [Fact]
    public async Task A_migrations_assembly_the_host_names_is_kept()
    {
        var services = new ServiceCollection().AddLogging().AddSafeguardingEntityFrameworkCore(options =>
            options.UseNpgsql("Host=localhost;Database=safeguarding", npgsql => npgsql.MigrationsAssembly("Partner.Migrations")));
        await using var built = services.BuildServiceProvider();
        await using var scope = built.CreateAsyncScope();

        var context = scope.ServiceProvider.GetRequiredService<SafeguardingDbContext>();

        Assert.Equal("Partner.Migrations", SafeguardingProviders.MigrationsAssemblyFor(context.GetService<IDbContextOptions>()));
    }

    [Fact]
    public void Arguments_are_guarded()
    {
        Assert.Throws<ArgumentNullException>(() => SafeguardingSqliteServiceCollectionExtensions.AddSafeguardingSqlite(null!, "Data Source=x.db"));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddSafeguardingSqlite(" "));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSafeguardingPostgreSql(null!));
    }
}
