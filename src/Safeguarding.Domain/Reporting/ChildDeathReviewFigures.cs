namespace Safeguarding.Domain.Reporting;

/// <summary>
/// The Child Death Overview Panel's year: deaths, reviews completed and awaited and why
/// (003_2b82dd704ae0436e.txt, section 6g).
/// </summary>
/// <param name="Deaths">Deaths of children in the review period (14).</param>
/// <param name="AwaitingReview">Deaths whose review is not yet complete (5).</param>
/// <param name="AwaitingReviewReasons">Why reviews are awaited, with counts.</param>
/// <param name="AllReviewedWithinSixMonths"><c>true</c> when every completed review was completed within six months of the death.</param>
/// <param name="SeriousCaseReviewReferrals">Serious case review referrals made by the panel (0).</param>
/// <param name="Source">Where in the document the figures are.</param>
public sealed record ChildDeathReviewFigures(
    int Deaths,
    int AwaitingReview,
    IReadOnlyList<ReasonCount> AwaitingReviewReasons,
    bool AllReviewedWithinSixMonths,
    int SeriousCaseReviewReferrals,
    SourceCitation Source)
{
    /// <summary>Gets the reviews completed: deaths less those awaiting review (9).</summary>
    public int Reviewed => Deaths - AwaitingReview;

    /// <summary>Gets the sum of the reasons' counts, which should equal <see cref="AwaitingReview"/>.</summary>
    public int AwaitingReviewByReason => AwaitingReviewReasons.Sum(reason => reason.Count);
}
