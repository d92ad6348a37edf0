using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// One entry in an action's progress history: what was reported as at a date, with the ratings
/// recorded by hand for each RAG dimension.
/// </summary>
public sealed class ProgressUpdate
{
    /// <summary>Gets the date the update reports as at.</summary>
    public required LocalDate AsAt { get; init; }

    /// <summary>Gets the progress statement, or <c>null</c>.</summary>
    public string? Statement { get; init; }

    /// <summary>Gets the ratings recorded by hand, one per RAG dimension that was rated.</summary>
    public IReadOnlyList<RecordedRating> Ratings { get; init; } = [];

    /// <summary>Gets a value indicating whether the update says explicitly that the action is complete.</summary>
    /// <value>The default is <c>false</c>. Needed in schemes where the completion rating cannot say it (Herefordshire's 2014 "Green" means "Complete OR On Target").</value>
    public bool MarkedComplete { get; init; }

    /// <summary>Gets a value indicating whether this update records the action as complete.</summary>
    /// <value>
    /// <c>true</c> when the update is <see cref="MarkedComplete"/>, or when its rating on the dimension
    /// that tracks completion is a level that means complete (★, BLUE).
    /// </value>
    public bool RecordsCompletion =>
        MarkedComplete || Ratings.Any(rating => rating.TracksCompletion && rating.Rating == RagRating.Complete);

    /// <summary>Gets the additional work proposed to keep the action to timescale, or <c>null</c>.</summary>
    public string? AdditionalWork { get; init; }

    /// <summary>Gets what impact the progress so far has made on the lives of children and young people, or <c>null</c>.</summary>
    public string? ImpactSoFar { get; init; }

    /// <summary>Gets who reported the update (a role, never needed for the rules), or <c>null</c>.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>Gets the rating recorded for a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The rating, or <c>null</c> when the update did not rate that dimension.</returns>
    public RecordedRating? RatingFor(RagDimension dimension) =>
        Ratings.FirstOrDefault(rating => rating.DimensionId == Preconditions.CheckNotNull(dimension).Id);
}
