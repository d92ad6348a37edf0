using Ardalis.Specification;

namespace Safeguarding.Domain.Allegations;

/// <summary>Cases whose retention review date (<see cref="AllegationCase.ReviewBy"/>) has come by a date, the earliest first.</summary>
public sealed class AllegationCasesDueForReviewSpec : Specification<AllegationCase>
{
    /// <summary>Creates the specification.</summary>
    /// <param name="asAt">The date; a case due for review on it is included.</param>
    public AllegationCasesDueForReviewSpec(LocalDate asAt)
    {
        Query.Where(allegation => allegation.ReviewBy != null && allegation.ReviewBy <= asAt)
            .OrderBy(allegation => allegation.ReviewBy)
            .ThenBy(allegation => allegation.Reference.Value);
    }
}
