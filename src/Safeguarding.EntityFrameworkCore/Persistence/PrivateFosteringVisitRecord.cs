namespace Safeguarding.EntityFrameworkCore.Persistence;

/// <summary>One visit to a privately fostered child, as stored; (<see cref="ArrangementId"/>, <see cref="Date"/>) is unique, so a visit recorded twice at once is stored once.</summary>
public sealed class PrivateFosteringVisitRecord
{
    /// <summary>Gets or sets the database's own identifier.</summary>
    public int Id { get; set; }

    /// <summary>Gets or sets the identifier of the arrangement visited.</summary>
    public int ArrangementId { get; set; }

    /// <summary>Gets or sets the day of the visit.</summary>
    public LocalDate Date { get; set; }

    /// <summary>Gets or sets whether the child was seen alone.</summary>
    public bool ChildSeenAlone { get; set; }
}
