using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// One version of an action's progress history, with what the RAG rules ask of it worked out once
/// when the version is made: the updates that stand, those in date order, and from when the action
/// counts as complete. Immutable: <see cref="PlanAction"/> swaps in a new version for each update
/// recorded, so a reader holding one sees one whole version, and rating an action as at a date
/// needs no sorting, no lists and no allocation.
/// </summary>
internal sealed class ProgressHistory
{
    private ProgressHistory(ProgressUpdate[] updates)
    {
        Updates = updates;
        var corrected = new HashSet<int>();
        foreach (var update in updates)
        {
            if (update.Corrects is { } number)
            {
                corrected.Add(number);
            }
        }
        Standing = corrected.Count == 0 ? updates : [.. updates.Where(update => !corrected.Contains(update.Number))];

        // The history is in the order recorded (Number order); a stable sort by date keeps that order
        // for updates on one date, so the last on or before a date is the one recorded later.
        ByDate = [.. Standing.OrderBy(update => update.AsAt)];
        ByDateDays = [.. ByDate.Select(update => DayNumbers.Of(update.AsAt))];
        foreach (var update in Standing)
        {
            if (update.CompletionDate is not { } completed)
            {
                continue;
            }
            CompletedOn = CompletedOn is { } earliest && earliest <= completed ? earliest : completed;

            // It counts as complete as at a date once it is reported by then and completed by then.
            var from = completed > update.AsAt ? completed : update.AsAt;
            CompleteFrom = CompleteFrom is { } first && first <= from ? first : from;
        }
        CompleteFromDay = DayNumbers.Of(CompleteFrom, int.MaxValue);
        if (ByDate.Length > 0)
        {
            Latest = ByDate[^1];
            LatestDay = ByDateDays[^1];
            foreach (var rating in Latest.Ratings)
            {
                if (rating.TracksCompletion)
                {
                    LatestCompletionDimensionId = rating.DimensionId;
                    LatestCompletionRating = Latest.RatingFor(rating.DimensionId);
                    LatestCompletionManual = LatestCompletionRating!.Rating;
                    break;
                }
            }
        }
        foreach (var update in Standing)
        {
            AnyMilestonesMet |= update.MilestonesMet.Count > 0;
        }
    }

    private static long s_changes;

    /// <summary>
    /// Gets how many times any action's history has changed in this process. A cache of something
    /// worked out from histories (<see cref="BusinessPlan"/>'s rating index) is good only while
    /// this has not moved since it read them.
    /// </summary>
    public static long Changes => Interlocked.Read(ref s_changes);

    /// <summary>Gets an empty history.</summary>
    public static ProgressHistory Empty { get; } = new([]);

    /// <summary>Gets every update, oldest first, corrected updates and corrections alike.</summary>
    public ProgressUpdate[] Updates { get; }

    /// <summary>Gets the updates that no later update corrects, in the order recorded.</summary>
    public ProgressUpdate[] Standing { get; }

    /// <summary>Gets the updates that stand by their as-at date (of two on one date, the one recorded later last).</summary>
    public ProgressUpdate[] ByDate { get; }

    /// <summary>Gets the day numbers of the <see cref="ByDate"/> updates' as-at dates.</summary>
    public int[] ByDateDays { get; }

    /// <summary>Gets the earliest completion date among the updates that stand, or <c>null</c>.</summary>
    public LocalDate? CompletedOn { get; }

    /// <summary>Gets the first date as at which the action counts as complete, or <c>null</c> when no update records completion.</summary>
    public LocalDate? CompleteFrom { get; }

    /// <summary>Gets the day number of <see cref="CompleteFrom"/>, or <see cref="int.MaxValue"/> when there is none.</summary>
    public int CompleteFromDay { get; }

    /// <summary>Gets the latest update that stands, or <c>null</c>.</summary>
    public ProgressUpdate? Latest { get; }

    /// <summary>Gets the day number of <see cref="Latest"/>'s as-at date, or <see cref="int.MinValue"/> when there is none.</summary>
    public int LatestDay { get; } = int.MinValue;

    /// <summary>Gets the id of the dimension of <see cref="Latest"/>'s first rating that tracks completion, or <c>null</c>.</summary>
    public string? LatestCompletionDimensionId { get; }

    /// <summary>Gets <see cref="Latest"/>'s rating for <see cref="LatestCompletionDimensionId"/> (what <see cref="ProgressUpdate.RatingFor(RagDimension)"/> gives for that dimension), or <c>null</c>.</summary>
    public RecordedRating? LatestCompletionRating { get; }

    /// <summary>Gets <see cref="LatestCompletionRating"/>'s canonical rating, kept here so that rating an action reads one object fewer; Not rated when there is none.</summary>
    public RagRating LatestCompletionManual { get; }

    /// <summary>Gets a value indicating whether any update that stands records a milestone as met.</summary>
    public bool AnyMilestonesMet { get; }

    /// <summary>Gets the number of updates: the history's version.</summary>
    public int Version => Updates.Length;

    /// <summary>Makes a history of a sequence of updates, as recorded.</summary>
    /// <param name="updates">The updates, numbered, oldest first.</param>
    /// <returns>The history.</returns>
    public static ProgressHistory Of(ProgressUpdate[] updates) => updates.Length == 0 ? Empty : new(updates);

    /// <summary>Counts a change to a history: call after the new version is in place, so that a cache stamped with the count before it is refused.</summary>
    public static void Changed() => Interlocked.Increment(ref s_changes);

    /// <summary>Returns this history with one more update.</summary>
    /// <param name="update">The update, numbered.</param>
    /// <returns>The next version.</returns>
    public ProgressHistory With(ProgressUpdate update) => new([.. Updates, update]);

    /// <summary>Returns the history as it was at an earlier version: its first <paramref name="version"/> updates.</summary>
    /// <param name="version">The version, from 0 to <see cref="Version"/>.</param>
    /// <returns>That version.</returns>
    public ProgressHistory AtVersion(int version) => version == Version ? this : Of(Updates[..version]);

    /// <summary>Gets the latest update that stands as at a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The update, or <c>null</c> when none had been reported by then.</returns>
    public ProgressUpdate? LatestAsAt(LocalDate asAt) => LatestIndexAsAt(DayNumbers.Of(asAt)) is var i and >= 0 ? ByDate[i] : null;

    /// <summary>Gets where in <see cref="ByDate"/> the latest update that stands as at a day is.</summary>
    /// <param name="asAtDay">The day's number.</param>
    /// <returns>The index, or -1 when none had been reported by then.</returns>
    public int LatestIndexAsAt(int asAtDay)
    {
        var days = ByDateDays;
        var i = days.Length - 1;
        while (i >= 0 && days[i] > asAtDay)
        {
            i--;
        }
        return i;
    }

    /// <summary>Tells whether the action had been recorded as complete on or before a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns><c>true</c> when an update as at or before the date records completion on or before it.</returns>
    public bool IsCompleteAsAt(LocalDate asAt) => CompleteFrom is { } from && from <= asAt;

    /// <summary>Tells whether an update as at or before a date records a milestone as met (or the action as complete).</summary>
    /// <param name="dueDate">The milestone's due date.</param>
    /// <param name="asAt">The date.</param>
    /// <returns><c>true</c> when it had been recorded as met by then.</returns>
    public bool IsMilestoneMetAsAt(LocalDate dueDate, LocalDate asAt)
    {
        if (IsCompleteAsAt(asAt))
        {
            return true;
        }
        if (!AnyMilestonesMet)
        {
            return false;
        }
        foreach (var update in Standing)
        {
            if (update.AsAt <= asAt && update.MilestonesMet.Contains(dueDate))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Gets the milestone that decides a timescale as at a date (see <see cref="PlanAction.NextMilestone"/>).</summary>
    /// <param name="timescale">The action's timescale.</param>
    /// <param name="asAt">The date.</param>
    /// <returns>The milestone, or <c>null</c>.</returns>
    public Milestone? NextMilestone(Timescale timescale, LocalDate asAt)
    {
        var milestones = timescale.Milestones;
        if (timescale.Kind != TimescaleKind.Milestones)
        {
            return milestones.Count > 0 ? milestones[^1] : null;
        }
        for (var i = 0; i < milestones.Count; i++)
        {
            if (!IsMilestoneMetAsAt(milestones[i].DueDate, asAt))
            {
                return milestones[i];
            }
        }
        return null;
    }
}
