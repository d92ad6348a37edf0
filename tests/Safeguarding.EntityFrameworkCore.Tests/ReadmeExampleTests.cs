using Microsoft.Extensions.DependencyInjection;
using Safeguarding.EntityFrameworkCore.Specifications;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>The README section "Storing plans: Safeguarding.EntityFrameworkCore" does what it says.</summary>
public class ReadmeExampleTests
{
    [Fact]
    public async Task The_readme_example_seeds_a_sqlite_file_once_and_lists_overdue_actions_in_SQL()
    {
        await using var database = TestDatabase.InTemporaryFile();
        var services = new ServiceCollection().AddLogging();

        // As in the README section, with the test's own file and seed folder.
        services.AddSafeguardingSqlite($"Data Source={database.FilePath}");
        await using var app = services.BuildServiceProvider();
        await using (var scope = app.CreateAsyncScope())
        {
            // The host asks for the migrations at start-up, as the README's example (and the sample) does.
            var seeded = await scope.ServiceProvider.GetRequiredService<SafeguardingDatabaseInitializer>()
                .InitializeAsync(SeedFiles.PlansFolder, new SafeguardingDatabaseInitializerOptions { ApplyMigrations = true });
            Assert.Equal(4, seeded);
        }
        await using (var scope = app.CreateAsyncScope())
        {
            Assert.Equal(0, await scope.ServiceProvider.GetRequiredService<SafeguardingDatabaseInitializer>()
                .InitializeAsync(SeedFiles.PlansFolder, new SafeguardingDatabaseInitializerOptions { ApplyMigrations = true }));

            var repository = scope.ServiceProvider.GetRequiredService<EntityFrameworkBusinessPlanRepository>();
            var overdue = await repository.ListActionsAsync("safeguarding-review-exception-report-2009-05", new OverdueActionRecordsSpec(new LocalDate(2009, 5, 31)));

            Assert.Equal("3.4", overdue[0].Ref);
        }
    }
}
