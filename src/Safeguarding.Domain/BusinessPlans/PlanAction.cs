namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// An action in a business plan: what will be done, by whom, by when, how it is monitored, and
/// its progress history.
/// </summary>
/// <remarks>
/// The history is append-only and safe to read while another thread records: each recording
/// swaps in a new version of the history under a lock, so a reader sees one whole version.
/// </remarks>
public sealed class PlanAction
{
    private readonly Lock _recording = new();
    private volatile ProgressHistory _history = ProgressHistory.Empty;
    private volatile ProgressReview[] _reviews = [];
    private bool _isView;

    /// <summary>Gets the action's reference, unique within its plan, such as "3.4" or "1.1.2".</summary>
    public required string Ref { get; init; }

    /// <summary>Gets a value indicating whether the ref was assigned by whoever transcribed the plan rather than written in it.</summary>
    public bool RefAssigned { get; init; }

    /// <summary>Gets the action itself, or <c>null</c> when the plan gives only steps or nothing.</summary>
    public string? Action { get; init; }

    /// <summary>Gets the action's steps (bulleted in the plan), or an empty list.</summary>
    public IReadOnlyList<string> Steps { get; init; } = [];

    /// <summary>Gets the desired outcome, or <c>null</c>.</summary>
    public string? DesiredOutcome { get; init; }

    /// <summary>Gets who leads the action.</summary>
    public ActionLead Lead { get; init; } = ActionLead.None;

    /// <summary>Gets the timescale.</summary>
    public Timescale Timescale
    {
        get;
        init
        {
            field = Preconditions.CheckNotNull(value);
            DueDay = value.DueDay;
            StartDay = value.StartDay;
            IsDueByMilestones = value.Kind == TimescaleKind.Milestones;
        }
    } = Timescale.None;

    /// <summary>Gets the monitoring mechanism and frequency, or <c>null</c>.</summary>
    public string? Monitoring { get; init; }

    /// <summary>Gets the number of the priority the action belongs to.</summary>
    public required string PriorityNumber { get; init; }

    /// <summary>Gets the ref of the action area the action belongs to, or <c>null</c> in a plan with no action areas.</summary>
    public string? ActionAreaRef { get; init; }

    /// <summary>Gets the date by which the action is due (the last milestone of its timescale), or <c>null</c> when it has none.</summary>
    public LocalDate? DueDate => Timescale.DueDate;

    /// <summary>Gets the date the action was completed, from the history, or <c>null</c> when no update records completion.</summary>
    /// <value>The earliest completion date among the updates that record completion (a corrected update no longer counts).</value>
    public LocalDate? CompletedOn => _history.CompletedOn;

    /// <summary>Tells whether the action had been recorded as complete on or before a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns><c>true</c> when a progress update as at or before the date records completion on or before it.</returns>
    public bool IsCompleteAsAt(LocalDate asAt) => _history.IsCompleteAsAt(asAt);

    /// <summary>Gets notes on how the action was transcribed (a value carried from a merged cell, a ref assigned), or an empty list.</summary>
    public IReadOnlyList<string> SourceNotes { get; init; } = [];

    /// <summary>Gets the whole progress history, oldest first, corrected updates and corrections alike.</summary>
    public IReadOnlyList<ProgressUpdate> Progress => _history.Updates;

    /// <summary>Gets the business unit's reviews of updates, oldest first.</summary>
    public IReadOnlyList<ProgressReview> Reviews => _reviews;

    /// <summary>Gets the history's version: the number of updates recorded. A submission names the version it saw, and is a conflict if the history has moved on.</summary>
    public int Version => _history.Version;

    /// <summary>Gets the updates that stand: every update that no later update corrects, oldest first.</summary>
    /// <remarks>Worked out once per version of the history, when it is recorded: the rules ask for it for each action they assess.</remarks>
    public IReadOnlyList<ProgressUpdate> EffectiveProgress => _history.Standing;

    /// <summary>Gets a one-line summary for lists: the action, or its steps joined, or the desired outcome.</summary>
    public string Summary =>
        Action ?? (Steps.Count > 0 ? string.Join("; ", Steps) : DesiredOutcome ?? string.Empty);

    /// <summary>
    /// Adds an update read from a plan file or a store to the history, numbering it. To record new
    /// progress from a person, use <see cref="Record"/>, which checks the fields and the version.
    /// </summary>
    /// <param name="update">The update; unless it is a correction, not dated before the latest update that stands.</param>
    /// <exception cref="ArgumentException">The update is dated before the latest update that stands, carries another number, or corrects an update that is not in the history.</exception>
    /// <exception cref="InvalidOperationException">This action is a read-only view (<see cref="AsItStoodOn"/>).</exception>
    public void RecordProgress(ProgressUpdate update)
    {
        Preconditions.CheckNotNull(update);
        lock (_recording)
        {
            CheckWritable();
            var number = _history.Version + 1;
            Preconditions.CheckArgument(update.Number == 0 || update.Number == number, nameof(update),
                $"Expected update {number} of action {Ref}, but it is numbered {update.Number}.");
            Preconditions.CheckArgument(update.Corrects is null || (update.Corrects >= 1 && update.Corrects < number), nameof(update),
                $"Expected update {number} of action {Ref} to correct an earlier update (1 to {number - 1}), but it corrects {update.Corrects}.");
            var latest = LatestStanding();
            Preconditions.CheckArgument(update.Corrects is not null || latest is null || update.AsAt >= latest.AsAt, nameof(update),
                $"Expected a progress update for action {Ref} dated on or after the latest one ({latest?.AsAt:uuuu-MM-dd}), but it is dated {update.AsAt:uuuu-MM-dd}.");
            _history = _history.With(update with { Number = number });
            ProgressHistory.Changed();
        }
    }

    /// <summary>Adds a review read from a store to the history.</summary>
    /// <param name="review">The review; it must name an update in the history.</param>
    /// <exception cref="ArgumentException">The review names no update in the history.</exception>
    /// <exception cref="InvalidOperationException">This action is a read-only view.</exception>
    public void RecordReview(ProgressReview review)
    {
        Preconditions.CheckNotNull(review);
        lock (_recording)
        {
            CheckWritable();
            Preconditions.CheckArgument(review.UpdateNumber >= 1 && review.UpdateNumber <= _history.Version, nameof(review),
                $"Expected a review of one of the {_history.Version} updates of action {Ref}, but it reviews update {review.UpdateNumber}.");
            _reviews = [.. _reviews, review];
        }
    }

    /// <summary>
    /// Records a submitted progress update, atomically: a double submit (same idempotency key)
    /// stores one; a submission against an older version of the history is a conflict; a wrong
    /// field is an error naming it. Only a valid submission against the current version is stored.
    /// </summary>
    /// <param name="plan">The plan the action belongs to (its RAG scheme and period).</param>
    /// <param name="submission">The submission.</param>
    /// <returns>What happened; nothing is stored unless the status is <see cref="ProgressRecordingStatus.Recorded"/>.</returns>
    /// <exception cref="InvalidOperationException">This action is a read-only view.</exception>
    public ProgressRecordingResult Record(BusinessPlan plan, ProgressSubmission submission)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(submission);
        lock (_recording)
        {
            CheckWritable();
            var outcome = Check(plan, submission, out var update);
            if (outcome is not null)
            {
                return outcome;
            }
            var stored = update! with { Number = _history.Version + 1 };
            _history = _history.With(stored);
            ProgressHistory.Changed();
            return ProgressRecordingResult.Recorded(stored);
        }
    }

    /// <summary>
    /// Checks a submission against the history as it is, without storing it: what
    /// <see cref="Record"/> would answer, or <c>null</c> with the update it would store. A store
    /// that appends rows itself (the Entity Framework Core package) checks with this first, on an
    /// action loaded for that one call.
    /// </summary>
    /// <remarks>
    /// Not atomic by itself: on an action that others record on at the same time, the answer may
    /// be out of date by the time it is used. <see cref="Record"/> checks and appends under one lock;
    /// a store must make its append refuse a stale version (a unique place in the history).
    /// </remarks>
    /// <param name="plan">The plan the action belongs to.</param>
    /// <param name="submission">The submission.</param>
    /// <param name="update">The update to store (numbered 0) when the method returns <c>null</c>.</param>
    /// <returns>The answer when the submission must not be stored (already recorded, a conflict, errors); <c>null</c> when it may.</returns>
    public ProgressRecordingResult? Check(BusinessPlan plan, ProgressSubmission submission, out ProgressUpdate? update)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(submission);
        update = null;
        var progress = _history.Updates;
        if (submission.IdempotencyKey is { Length: > 0 } key
            && progress.FirstOrDefault(existing => string.Equals(existing.IdempotencyKey, key, StringComparison.Ordinal)) is { } duplicate)
        {
            // The same submission again is answered with what it stored. A different one under the
            // same key (one form open twice) is a conflict when the history has moved since the
            // version it read, and otherwise an error on the key: never dropped as a duplicate.
            if (ProgressReplay.IsReplayOf(plan, submission, duplicate))
            {
                return ProgressRecordingResult.AlreadyRecorded(duplicate, progress.Length);
            }
            if (!IsStale(submission, progress.Length))
            {
                return ProgressRecordingResult.Invalid([ProgressReplay.KeyAlreadyUsed(duplicate)], progress.Length);
            }
        }
        if (IsStale(submission, progress.Length))
        {
            return ProgressRecordingResult.Conflict([.. progress.Skip(submission.ExpectedVersion)], progress.Length);
        }
        var errors = ProgressSubmissionRules.Validate(plan, this, submission, out var ratings);
        if (submission.ExpectedVersion != progress.Length)
        {
            errors = [.. errors, new FieldError(nameof(ProgressSubmission.ExpectedVersion),
                $"Expected the version of the history you read, from 0 to {progress.Length}, but found {submission.ExpectedVersion}")];
        }
        if (errors.Count > 0)
        {
            return ProgressRecordingResult.Invalid(errors, progress.Length);
        }
        update = ProgressReplay.UpdateOf(submission, ratings);
        return null;
    }

    // A submission read an earlier version of the history than there is now.
    private static bool IsStale(ProgressSubmission submission, int version) =>
        submission.ExpectedVersion >= 0 && submission.ExpectedVersion < version;

    /// <summary>Records the business unit's review of an update: accepted, or returned with a comment.</summary>
    /// <param name="updateNumber">The number of the update reviewed.</param>
    /// <param name="outcome">The decision.</param>
    /// <param name="comment">Why it is returned (required then), or a note on accepting it.</param>
    /// <param name="reviewedBy">Who reviews it.</param>
    /// <param name="reviewedAt">When.</param>
    /// <returns>What happened: recorded, not found, or an error naming the field ("Comment").</returns>
    /// <exception cref="InvalidOperationException">This action is a read-only view.</exception>
    public ProgressRecordingResult Review(int updateNumber, ReviewOutcome outcome, string? comment, UpdateAuthor reviewedBy, Instant reviewedAt)
    {
        Preconditions.CheckNotNull(reviewedBy);
        lock (_recording)
        {
            CheckWritable();
            var version = _history.Version;
            if (updateNumber < 1 || updateNumber > version)
            {
                return ProgressRecordingResult.NotFound($"Action {Ref} has {version} update(s), so there is no update {updateNumber} to review.");
            }
            var errors = ProgressSubmissionRules.ValidateReview(outcome, comment);
            if (errors.Count > 0)
            {
                return ProgressRecordingResult.Invalid(errors, version);
            }
            var review = new ProgressReview
            {
                UpdateNumber = updateNumber,
                Outcome = outcome,
                Comment = ProgressSubmissionRules.TextOrNull(comment),
                ReviewedBy = reviewedBy,
                ReviewedAt = reviewedAt,
            };
            _reviews = [.. _reviews, review];
            return ProgressRecordingResult.Reviewed(review, version);
        }
    }

    /// <summary>Gets the latest review of an update, or <c>null</c> when it has not been reviewed.</summary>
    /// <param name="updateNumber">The update's number.</param>
    /// <returns>The review that stands.</returns>
    public ProgressReview? ReviewOf(int updateNumber) => _reviews.LastOrDefault(review => review.UpdateNumber == updateNumber);

    /// <summary>Gets the latest progress update that stands, as at a date.</summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The update as at the latest date on or before <paramref name="asAt"/> (of two on one date, the one recorded later), or <c>null</c> when none had been reported by then.</returns>
    public ProgressUpdate? LatestProgress(LocalDate asAt) => _history.LatestAsAt(asAt);

    /// <summary>Tells whether an update as at or before a date records a milestone as met (or the action as complete).</summary>
    /// <param name="milestone">One of the timescale's milestones.</param>
    /// <param name="asAt">The date.</param>
    /// <returns><c>true</c> when it had been recorded as met by then.</returns>
    public bool IsMilestoneMetAsAt(Milestone milestone, LocalDate asAt)
    {
        Preconditions.CheckNotNull(milestone);
        return _history.IsMilestoneMetAsAt(milestone.DueDate, asAt);
    }

    /// <summary>
    /// Gets the milestone that decides the action's timescale as at a date: for an action with several
    /// milestones, the earliest not recorded as met by then; otherwise its one due date.
    /// </summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The milestone, or <c>null</c> when the action has no due date or every milestone was met.</returns>
    public Milestone? NextMilestone(LocalDate asAt) => _history.NextMilestone(Timescale, asAt);

    /// <summary>
    /// Gets the date the action is due by as at a date: for an action with several milestones, the
    /// earliest not recorded as met by then (DESIGN.md "RAG"); otherwise, or once every milestone is
    /// met, its <see cref="DueDate"/>. Overdue lists and exception reports use this, as ratings do.
    /// </summary>
    /// <param name="asAt">The date.</param>
    /// <returns>The date, or <c>null</c> when the action has no due date.</returns>
    public LocalDate? DueDateAsAt(LocalDate asAt) => NextMilestone(asAt)?.DueDate ?? DueDate;

    /// <summary>
    /// Returns the action as it stood on an instant: its history without the updates and reviews
    /// recorded after it, even those as at an earlier date. A board paper produced then is
    /// produced again exactly from this. Updates imported with the plan always stand.
    /// </summary>
    /// <param name="instant">The instant.</param>
    /// <returns>A read-only copy.</returns>
    public PlanAction AsItStoodOn(Instant instant) => View(
        [.. _history.Updates.Where(update => update.WasRecordedBy(instant))],
        [.. _reviews.Where(review => review.ReviewedAt <= instant)]);

    /// <summary>
    /// Returns the action with only the updates that count in board reports where the board requires
    /// acceptance: updates imported with the plan, and those whose latest review accepted them.
    /// </summary>
    /// <returns>A read-only copy.</returns>
    public PlanAction WithAcceptedProgressOnly() => View(
        [.. _history.Updates.Where(update => update.RecordedAt is null || ReviewOf(update.Number)?.Outcome == ReviewOutcome.Accepted)],
        _reviews);

    /// <summary>Returns the ref and summary.</summary>
    /// <returns>Such as "3.4 Develop and implement system…".</returns>
    public override string ToString() => $"{Ref} {Summary}";

    private ProgressUpdate? LatestStanding() => LatestProgress(LocalDate.MaxIsoValue);

    /// <summary>Gets the timescale's due day number (<see cref="Timescale.DueDay"/>), kept with the action for the RAG rules.</summary>
    internal int DueDay { get; private set; } = int.MaxValue;

    /// <summary>Gets the timescale's start day number (<see cref="Timescale.StartDay"/>), kept with the action for the RAG rules.</summary>
    internal int StartDay { get; private set; } = int.MinValue;

    /// <summary>Gets a value indicating whether the timescale has several milestones, so which is due depends on the date.</summary>
    internal bool IsDueByMilestones { get; private set; }

    /// <summary>Gets the current version of the history, for the RAG rules to read once per assessment.</summary>
    internal ProgressHistory History => _history;

    private void CheckWritable()
    {
        if (_isView)
        {
            throw new InvalidOperationException($"Action {Ref} is a read-only view of the history (as it stood on an instant, or accepted updates only); record progress on the plan as stored.");
        }
    }

    private PlanAction View(ProgressUpdate[] progress, ProgressReview[] reviews)
    {
        var view = WithoutHistory();
        view._history = ProgressHistory.Of(progress);
        view._reviews = reviews;
        view._isView = true;
        return view;
    }

    /// <summary>Copies what the plan says of the action (its text, lead, timescale, place), with an empty history.</summary>
    internal PlanAction WithoutHistory() => new()
    {
        Ref = Ref,
        RefAssigned = RefAssigned,
        Action = Action,
        Steps = Steps,
        DesiredOutcome = DesiredOutcome,
        Lead = Lead,
        Timescale = Timescale,
        Monitoring = Monitoring,
        PriorityNumber = PriorityNumber,
        ActionAreaRef = ActionAreaRef,
        SourceNotes = SourceNotes,
    };
}
