using Microsoft.EntityFrameworkCore;

namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// The tables of the case registers and their access log: <c>AllegationCases</c>,
/// <c>PrivateFosteringArrangements</c> with <c>PrivateFosteringVisits</c>, and <c>CaseAccessLog</c>.
/// Kept apart from the plans' tables; no foreign key joins them.
/// </summary>
internal static class CaseRegisterModel
{
    // CaseReference allows 40 characters; names of enumerations fit in 60.
    private const int ReferenceLength = 40;
    private const int NameLength = 60;

    internal static void Configure(ModelBuilder modelBuilder)
    {
        modelBuilder.Entity<AllegationCaseRecord>(allegation =>
        {
            allegation.ToTable("AllegationCases");
            allegation.Property(record => record.Reference).HasMaxLength(ReferenceLength);
            allegation.HasIndex(record => record.Reference).IsUnique();
            // The annual figures read one financial year of referrals.
            allegation.HasIndex(record => record.ReferredOn);
            allegation.Property(record => record.ReferringAgency).HasMaxLength(Safeguarding.Domain.Allegations.AllegationCase.MaxTextLength);
            allegation.Property(record => record.ReferringSector).HasMaxLength(NameLength);
            allegation.Property(record => record.EmployerSector).HasMaxLength(NameLength);
            allegation.Property(record => record.Outcome).HasMaxLength(NameLength);
            allegation.Property(record => record.ExceptionalDelayReason).HasMaxLength(Safeguarding.Domain.Allegations.AllegationCase.MaxReasonLength);
        });

        modelBuilder.Entity<PrivateFosteringArrangementRecord>(arrangement =>
        {
            arrangement.ToTable("PrivateFosteringArrangements");
            arrangement.Property(record => record.Reference).HasMaxLength(ReferenceLength);
            arrangement.HasIndex(record => record.Reference).IsUnique();
            arrangement.Property(record => record.CarerRelationship).HasMaxLength(NameLength);
            arrangement.Property(record => record.CarerTie).HasMaxLength(NameLength);
            arrangement.Property(record => record.Setting).HasMaxLength(NameLength);
            arrangement.HasMany(record => record.Visits).WithOne().HasForeignKey(visit => visit.ArrangementId).OnDelete(DeleteBehavior.Cascade);
        });

        modelBuilder.Entity<PrivateFosteringVisitRecord>(visit =>
        {
            visit.ToTable("PrivateFosteringVisits");
            // One visit a day: the same visit recorded twice at once is stored once.
            visit.HasIndex(record => new { record.ArrangementId, record.Date }).IsUnique();
        });

        modelBuilder.Entity<CaseAccessRecord>(access =>
        {
            access.ToTable("CaseAccessLog");
            access.Property(record => record.Register).HasMaxLength(NameLength);
            access.Property(record => record.CaseReference).HasMaxLength(ReferenceLength);
            access.Property(record => record.Kind).HasMaxLength(NameLength);
            access.Property(record => record.UserId).HasMaxLength(200);
            access.Property(record => record.Role).HasMaxLength(NameLength);
            access.HasIndex(record => new { record.Register, record.CaseReference });
        });
    }
}
