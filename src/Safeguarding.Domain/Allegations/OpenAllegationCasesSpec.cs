using Ardalis.Specification;

namespace Safeguarding.Domain.Allegations;

/// <summary>Cases still open as at a date (not closed on or before it), the longest open first.</summary>
public sealed class OpenAllegationCasesSpec : Specification<AllegationCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asAt">The date; a case closed after it was open then.</param>
    public OpenAllegationCasesSpec(LocalDate asAt)
    {
        Query.Where(allegation => allegation.ClosedOn == null || allegation.ClosedOn > asAt)
            .OrderBy(allegation => allegation.ReferredOn)
            .ThenBy(allegation => allegation.Reference.Value);
    }
}
