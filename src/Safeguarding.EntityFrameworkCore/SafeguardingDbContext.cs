using Microsoft.EntityFrameworkCore;
using Safeguarding.EntityFrameworkCore.Persistence;

namespace Safeguarding.EntityFrameworkCore;

/// <summary>
/// The database of a board's plans: plans, priorities, action areas, actions and progress
/// updates as persistence records. The model uses only what every relational provider maps
/// (text, integers, booleans, <see cref="DateOnly"/> for dates), so the same model runs on SQLite,
/// PostgreSQL and SQL Server and nothing provider-specific reaches the domain; each provider has
/// migrations of its own (<see cref="SafeguardingProviders"/>).
/// </summary>
/// <remarks>
/// Read and write plans through <see cref="EntityFrameworkBusinessPlanRepository"/>; the sets
/// here are for queries the repository does not offer, such as a specification over
/// <see cref="PlanActionRecord"/>.
/// </remarks>
public sealed class SafeguardingDbContext : DbContext
{
    /// <summary>Creates the context.</summary>
    /// <param name="options">The options, naming the provider and connection.</param>
    public SafeguardingDbContext(DbContextOptions<SafeguardingDbContext> options)
        : base(options)
    {
    }

    /// <summary>Gets the stored plans.</summary>
    public DbSet<BusinessPlanRecord> Plans => Set<BusinessPlanRecord>();

    /// <summary>Gets the stored priorities.</summary>
    public DbSet<PriorityRecord> Priorities => Set<PriorityRecord>();

    /// <summary>Gets the stored action areas.</summary>
    public DbSet<ActionAreaRecord> ActionAreas => Set<ActionAreaRecord>();

    /// <summary>Gets the stored actions of every plan.</summary>
    public DbSet<PlanActionRecord> Actions => Set<PlanActionRecord>();

    /// <summary>Gets the stored progress updates of every action.</summary>
    public DbSet<ProgressUpdateRecord> ProgressUpdates => Set<ProgressUpdateRecord>();

    /// <summary>Gets the stored reviews of progress updates.</summary>
    public DbSet<ProgressReviewRecord> ProgressReviews => Set<ProgressReviewRecord>();

    /// <summary>Gets the LADO's allegations register. Read it through <see cref="Safeguarding.Domain.Allegations.AllegationRegister"/>, which checks and logs who reads it.</summary>
    public DbSet<AllegationCaseRecord> AllegationCases => Set<AllegationCaseRecord>();

    /// <summary>Gets the private fostering register. Read it through <see cref="Safeguarding.Domain.PrivateFostering.PrivateFosteringRegister"/>, which checks and logs who reads it.</summary>
    public DbSet<PrivateFosteringArrangementRecord> PrivateFosteringArrangements => Set<PrivateFosteringArrangementRecord>();

    /// <summary>Gets the log of who read or wrote which case record, and when.</summary>
    public DbSet<CaseAccessRecord> CaseAccessLog => Set<CaseAccessRecord>();

    /// <inheritdoc/>
    /// <remarks>
    /// Names the migrations assembly of the chosen provider (<see cref="SafeguardingProviders"/>)
    /// unless the options name one: SQLite's migrations are in this package, PostgreSQL's and SQL
    /// Server's in their own, so <c>UseNpgsql(…)</c> alone finds PostgreSQL's. On SQLite, unless the
    /// options shape the model themselves, the model compiled ahead of time is used rather than
    /// built on first use (<c>CompiledModels/Sqlite</c>; regenerate it with <c>bash .ci/compiled-model</c>
    /// after changing <see cref="OnModelCreating"/> or a record).
    /// </remarks>
    protected override void OnConfiguring(DbContextOptionsBuilder optionsBuilder)
    {
        ArgumentNullException.ThrowIfNull(optionsBuilder);
        SafeguardingProviders.UseProviderMigrationsAssembly(optionsBuilder);
        SafeguardingCompiledModel.UseWhereUnchanged(optionsBuilder);
    }

    /// <inheritdoc/>
    protected override void ConfigureConventions(ModelConfigurationBuilder configurationBuilder)
    {
        ArgumentNullException.ThrowIfNull(configurationBuilder);
        configurationBuilder.Properties<LocalDate>().HaveConversion<LocalDateConverter>();
        configurationBuilder.Properties<Instant>().HaveConversion<InstantConverter>();
    }

    /// <inheritdoc/>
    protected override void OnModelCreating(ModelBuilder modelBuilder)
    {
        ArgumentNullException.ThrowIfNull(modelBuilder);

        CaseRegisterModel.Configure(modelBuilder);

        modelBuilder.Entity<BusinessPlanRecord>(plan =>
        {
            plan.ToTable("BusinessPlans");
            plan.HasIndex(record => record.Key).IsUnique();
            plan.Property(record => record.Key).HasMaxLength(200);
            plan.Property(record => record.Revision).IsConcurrencyToken();
            plan.HasMany(record => record.Priorities).WithOne().HasForeignKey(priority => priority.BusinessPlanId).OnDelete(DeleteBehavior.Cascade);
            plan.HasMany(record => record.ActionAreas).WithOne().HasForeignKey(area => area.BusinessPlanId).OnDelete(DeleteBehavior.Cascade);
            plan.HasMany(record => record.Actions).WithOne().HasForeignKey(action => action.BusinessPlanId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PriorityRecord>(priority =>
        {
            priority.ToTable("Priorities");
            priority.HasIndex(record => new { record.BusinessPlanId, record.Number }).IsUnique();
        });

        modelBuilder.Entity<ActionAreaRecord>(area =>
        {
            area.ToTable("ActionAreas");
            area.HasIndex(record => new { record.BusinessPlanId, record.Ref }).IsUnique();
        });

        modelBuilder.Entity<PlanActionRecord>(action =>
        {
            action.ToTable("PlanActions");
            action.Property(record => record.PlanKey).HasMaxLength(200);
            action.HasIndex(record => new { record.PlanKey, record.Ref }).IsUnique();
            action.HasIndex(record => record.LeadAgencyName);
            action.HasIndex(record => record.DueDate);
            action.HasMany(record => record.Progress).WithOne().HasForeignKey(update => update.PlanActionId).OnDelete(DeleteBehavior.Cascade);
            action.HasMany(record => record.Reviews).WithOne().HasForeignKey(review => review.PlanActionId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<ProgressUpdateRecord>(update =>
        {
            update.ToTable("ProgressUpdates");
            // The two unique indexes make appending race-safe: a second writer at the same place in
            // the history, or a second copy of the same submission, is refused by the database.
            update.HasIndex(record => new { record.PlanActionId, record.Sequence }).IsUnique();
            update.HasIndex(record => new { record.PlanActionId, record.IdempotencyKey }).IsUnique();
            update.Property(record => record.RecordedByRole).HasMaxLength(40);
        });

        modelBuilder.Entity<ProgressReviewRecord>(review =>
        {
            review.ToTable("ProgressReviews");
            review.HasIndex(record => new { record.PlanActionId, record.Sequence }).IsUnique();
            review.Property(record => record.Outcome).HasMaxLength(20);
            review.Property(record => record.ReviewedByRole).HasMaxLength(40);
        });
    }
}
