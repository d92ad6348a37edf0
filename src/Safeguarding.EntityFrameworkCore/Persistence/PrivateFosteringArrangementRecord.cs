namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>
/// One record of the private fostering register, as stored: the arrangement's facts and the dates
/// of its notifications, under the child's pseudonymous reference (unique), with its visits.
/// Enumerations are stored by name.
/// </summary>
public sealed class PrivateFosteringArrangementRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the child's pseudonymous case reference.</summary>
    public string Reference { get; set; } = string.Empty;

    /// <summary>Gets or sets the child's date of birth, used only for the age test.</summary>
    public LocalDate DateOfBirth { get; set; }

    /// <summary>Gets or sets whether the child is disabled (the age limit is then 18).</summary>
    public bool IsDisabled { get; set; }

    /// <summary>Gets or sets the day the child arrived, or is to arrive.</summary>
    public LocalDate Start { get; set; }

    /// <summary>Gets or sets the day the arrangement is intended to end, or <c>null</c>.</summary>
    public LocalDate? IntendedEnd { get; set; }

    /// <summary>Gets or sets the day the child left, or <c>null</c>.</summary>
    public LocalDate? End { get; set; }

    /// <summary>Gets or sets who the carer is (the <c>CarerRelationship</c> name).</summary>
    public string CarerRelationship { get; set; } = string.Empty;

    /// <summary>Gets or sets how a relative carer is related (the <c>KinshipTie</c> name), or <c>null</c>.</summary>
    public string? CarerTie { get; set; }

    /// <summary>Gets or sets whether the carer has parental responsibility.</summary>
    public bool CarerHasParentalResponsibility { get; set; }

    /// <summary>Gets or sets where the child is cared for (the <c>CareSetting</c> name).</summary>
    public string Setting { get; set; } = string.Empty;

    /// <summary>Gets or sets whether the carer looks after the child in a personal capacity.</summary>
    public bool CaredForInPersonalCapacity { get; set; }

    /// <summary>Gets or sets the day the arrangement was agreed, or <c>null</c>.</summary>
    public LocalDate? ProposedOn { get; set; }

    /// <summary>Gets or sets the day the authority became aware of it, or <c>null</c>.</summary>
    public LocalDate? AuthorityAwareOn { get; set; }

    /// <summary>Gets or sets the day the authority was notified of it, or <c>null</c>.</summary>
    public LocalDate? NotifiedOn { get; set; }

    /// <summary>Gets or sets the day the authority was notified that it ended, or <c>null</c>.</summary>
    public LocalDate? EndNotifiedOn { get; set; }

    /// <summary>Gets or sets the visits made.</summary>
    public List<PrivateFosteringVisitRecord> Visits { get; set; } = [];
}
