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
            await scope.ServiceProvider.GetRequiredService<SafeguardingDatabaseInitializer>().InitializeAsync(SeedFiles.PlansFolder);
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

    [Fact]
    public void Arguments_are_guarded()
    {
        Assert.Throws<ArgumentNullException>(() => SafeguardingServiceCollectionExtensions.AddSafeguardingSqlite(null!, "Data Source=x.db"));
        Assert.Throws<ArgumentException>(() => new ServiceCollection().AddSafeguardingSqlite(" "));
        Assert.Throws<ArgumentNullException>(() => new ServiceCollection().AddSafeguardingPostgreSql(null!));
    }
}
