namespace Safeguarding.Domain.PrivateFostering;

/// <summary>A visit by the local authority's officer to a privately fostered child.</summary>
/// <param name="Date">The day of the visit.</param>
/// <param name="ChildSeenAlone">Whether the officer saw the child alone, as the regulations expect unless the child, being of sufficient understanding, refuses (SI 2005/1533 reg 8).</param>
public sealed record PrivateFosteringVisit(LocalDate Date, bool ChildSeenAlone);
