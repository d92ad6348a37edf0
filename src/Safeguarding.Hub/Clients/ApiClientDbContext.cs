using Microsoft.EntityFrameworkCore;

namespace Safeguarding.Hub.Clients;

/// <summary>
/// The hub's API clients in a database of the host's choosing: one table,
/// <c>SafeguardingApiClients</c>, beside the plans or anywhere else. Kept apart from the plans'
/// context so that the plans' schema and migrations do not change.
/// </summary>
/// <param name="options">The context's options (the provider and connection).</param>
public sealed class ApiClientDbContext(DbContextOptions<ApiClientDbContext> options) : DbContext(options)
{
    /// <summary>Gets the clients as stored.</summary>
    internal DbSet<ApiClientRecord> Clients => Set<ApiClientRecord>();

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);
        modelBuilder.Entity<ApiClientRecord>(client =>
        {
            client.ToTable("SafeguardingApiClients");
            client.HasKey(record => record.Id);
            client.Property(record => record.Id).HasMaxLength(40);
            client.Property(record => record.Board).HasMaxLength(100).IsRequired();
            client.Property(record => record.Agency).HasMaxLength(300);
            client.Property(record => record.Role).HasMaxLength(40).IsRequired();
            client.Property(record => record.Name).HasMaxLength(300).IsRequired();
            client.Property(record => record.SecretHash).HasMaxLength(64).IsRequired();
            client.HasIndex(record => record.Board);
        });
    }
}
