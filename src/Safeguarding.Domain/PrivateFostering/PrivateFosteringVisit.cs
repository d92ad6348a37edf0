namespace Safeguarding.Domain.PrivateFostering;

/// <summary>A visit by the local authority's officer to a privately fostered child.</summary>
/// <param name="Date">The day of the visit.</param>
/// <param name="ChildSeenAlone">Whether the officer spoke to the child alone, as they must unless they consider it inappropriate (SI 2005/1533 reg 8(3)).</param>
public sealed record PrivateFosteringVisit(LocalDate Date, bool ChildSeenAlone);
