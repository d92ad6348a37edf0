using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// One entry in an action's progress history: what was reported as at a date, with the ratings
/// recorded by hand for each RAG dimension, who recorded it and when. History is append-only: a
/// correction is a new entry that names the one it corrects; nothing is edited or deleted.
/// </summary>
public sealed record ProgressUpdate
{
    /// <summary>The longest progress statement accepted, in characters: about a page of a board paper.</summary>
    public const int MaxStatementLength = 4000;

    /// <summary>The longest "additional work" or "impact so far" accepted, in characters.</summary>
    public const int MaxNoteLength = 4000;

    /// <summary>Gets its place in the action's history, from 1 (oldest first); 0 until it is added to a history.</summary>
    public int Number { get; init; }

    /// <summary>Gets the date the update reports as at.</summary>
    public required LocalDate AsAt { get; init; }

    /// <summary>Gets the progress statement, or <c>null</c> (some imported plans give only a rating).</summary>
    public string? Statement { get; init; }

    /// <summary>Gets the ratings recorded by hand, one per RAG dimension that was rated.</summary>
    public IReadOnlyList<RecordedRating> Ratings { get; init; } = [];

    /// <summary>Gets a value indicating whether the update says explicitly that the action is complete.</summary>
    /// <value>The default is <c>false</c>. Needed in schemes where the completion rating cannot say it (Herefordshire's 2014 "Green" means "Complete OR On Target").</value>
    public bool MarkedComplete { get; init; }

    /// <summary>Gets the date the action was completed, when the update records completion; <c>null</c> means the as-at date.</summary>
    public LocalDate? CompletedOn { get; init; }

    /// <summary>Gets the due dates of the timescale's milestones that this update records as met.</summary>
    /// <value>The default is empty. Only an action with several milestones ("Oct 14 for Education Mar 15 for wider application") needs them.</value>
    public IReadOnlyList<LocalDate> MilestonesMet { get; init; } = [];

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

    /// <summary>Gets who reported the update as an imported plan names them (a role or team), or <c>null</c>.</summary>
    public string? ReportedBy { get; init; }

    /// <summary>Gets who recorded the update through the software, or <c>null</c> for an update imported from a plan file.</summary>
    public UpdateAuthor? RecordedBy { get; init; }

    /// <summary>Gets when the update was recorded, or <c>null</c> for an update imported from a plan file (part of the plan as imported).</summary>
    public Instant? RecordedAt { get; init; }

    /// <summary>Gets the <see cref="Number"/> of the earlier update this one corrects, or <c>null</c>.</summary>
    public int? Corrects { get; init; }

    /// <summary>Gets the key the submitting form or client sent, so that a double submit stores one update; or <c>null</c>.</summary>
    public string? IdempotencyKey { get; init; }

    /// <summary>Gets the date the action was completed, if this update records completion.</summary>
    /// <value>The <see cref="CompletedOn"/> date when given, else the as-at date; <c>null</c> when the update does not record completion.</value>
    public LocalDate? CompletionDate => RecordsCompletion ? CompletedOn ?? AsAt : null;

    /// <summary>Tells whether the update was known by an instant: imported with the plan, or recorded at or before it.</summary>
    /// <param name="instant">The instant.</param>
    /// <returns><c>true</c> when it had been recorded by then.</returns>
    public bool WasRecordedBy(Instant instant) => RecordedAt is not { } recorded || recorded <= instant;

    /// <summary>Gets the rating recorded for a dimension.</summary>
    /// <param name="dimension">The dimension.</param>
    /// <returns>The rating, or <c>null</c> when the update did not rate that dimension.</returns>
    public RecordedRating? RatingFor(RagDimension dimension) => RatingFor(Preconditions.CheckNotNull(dimension).Id);

    /// <summary>Gets the first rating recorded for a dimension, by its id.</summary>
    internal RecordedRating? RatingFor(string id)
    {
        var ratings = Ratings;
        for (var i = 0; i < ratings.Count; i++)
        {
            if (string.Equals(ratings[i].DimensionId, id, StringComparison.Ordinal))
            {
                return ratings[i];
            }
        }
        return null;
    }

    /// <summary>Returns the number, as-at date and who recorded it, never the statement.</summary>
    /// <returns>Such as "Update 3 as at 2026-10-31 by Sam Patel, West Mercia Police".</returns>
    public override string ToString() =>
        $"Update {Number} as at {AsAt:uuuu-MM-dd}" + (RecordedBy is null ? string.Empty : $" by {RecordedBy}") + (Corrects is { } corrected ? $", correcting update {corrected}" : string.Empty);
}
