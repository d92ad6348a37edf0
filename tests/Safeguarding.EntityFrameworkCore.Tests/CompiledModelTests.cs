using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Metadata;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.EntityFrameworkCore.CompiledModels.Sqlite;

namespace Safeguarding.EntityFrameworkCore.Tests;

/// <summary>
/// The SQLite model compiled ahead of time (<c>CompiledModels/Sqlite</c>, from <c>bash .ci/compiled-model</c>)
/// is the model the code builds, and only SQLite contexts whose options shape nothing get it. The
/// rest of the SQLite suites run on it, so every query, save and migration works with it too.
/// </summary>
public class CompiledModelTests
{
    [Fact]
    public void The_compiled_model_is_the_model_the_code_builds_until_the_code_changes()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var context = new SafeguardingDbContext(new DbContextOptionsBuilder<SafeguardingDbContext>().UseSqlite(connection).Options);
        var compiled = context.Model;
        // Built from OnModelCreating and the conventions whatever model the context runs on.
        var built = context.GetService<IDesignTimeModel>().Model;

        Assert.IsType<SafeguardingDbContextModel>(compiled);
        // Fails after a change to the model (an entity, a property, its type, length, column or
        // converter, a key, an index, a relationship) until the compiled model is regenerated with
        // `bash .ci/compiled-model`. A compiled model keeps no relational model to diff (EF Core
        // asks for the design-time model for that), so the two are compared item by item.
        Assert.Equal(ModelDescription.Of(built), ModelDescription.Of(compiled));
    }

    [Fact]
    public void A_SQLite_context_from_the_hosts_services_gets_the_compiled_model()
    {
        var services = new ServiceCollection().AddSafeguardingEntityFrameworkCore(options => options.UseSqlite("Data Source=:memory:")).BuildServiceProvider();
        using var scope = services.CreateScope();

        Assert.IsType<SafeguardingDbContextModel>(scope.ServiceProvider.GetRequiredService<SafeguardingDbContext>().Model);
    }

    public static TheoryData<string> OptionsThatShapeTheModel => ["UseModel", "ReplaceService", "PostgreSQL", "SQL Server"];

    [Theory]
    [MemberData(nameof(OptionsThatShapeTheModel))]
    public void Options_that_shape_the_model_or_name_another_provider_get_the_model_built_from_the_code(string options)
    {
        var builder = new DbContextOptionsBuilder<SafeguardingDbContext>();
        var hostsModel = HostsOwnModel();
        _ = options switch
        {
            "UseModel" => builder.UseSqlite("Data Source=:memory:").UseModel(hostsModel),
            "ReplaceService" => builder.UseSqlite("Data Source=:memory:").ReplaceService<IModelCustomizer, HostsModelCustomizer>(),
            "PostgreSQL" => builder.UseNpgsql("Host=localhost;Database=safeguarding"),
            _ => builder.UseSqlServer("Server=localhost;Database=safeguarding"),
        };
        using var context = new SafeguardingDbContext(builder.Options);

        Assert.IsNotType<SafeguardingDbContextModel>(context.Model);
        if (options == "ReplaceService")
        {
            Assert.Equal("hosts", context.Model.FindEntityType(typeof(Persistence.BusinessPlanRecord))!.GetSchema());
        }
    }

    // A model the host built itself: here the one the code builds for SQLite.
    private static IModel HostsOwnModel()
    {
        using var connection = new SqliteConnection("Data Source=:memory:");
        using var context = new SafeguardingDbContext(new DbContextOptionsBuilder<SafeguardingDbContext>().UseSqlite(connection).Options);
        return context.GetService<IDesignTimeModel>().Model;
    }

    /// <summary>A host's model customiser: the plans' tables in a schema of their own.</summary>
    private sealed class HostsModelCustomizer(ModelCustomizerDependencies dependencies) : RelationalModelCustomizer(dependencies)
    {
        public override void Customize(ModelBuilder modelBuilder, DbContext context)
        {
            base.Customize(modelBuilder, context);
            modelBuilder.HasDefaultSchema("hosts");
        }
    }
}
