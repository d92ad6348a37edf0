using System.Globalization;
using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// The checks a submitted progress update must pass, each error naming its field and saying what
/// was expected, in the words a form shows (after the GOV.UK error message pattern).
/// </summary>
public static class ProgressSubmissionRules
{
    /// <summary>Checks a submission's fields against the plan and the action's history.</summary>
    /// <param name="plan">The plan (its RAG scheme and period).</param>
    /// <param name="action">The action, with its history as it is now.</param>
    /// <param name="submission">The submission.</param>
    /// <param name="ratings">The ratings read, when there are no errors.</param>
    /// <returns>The errors, in the order of the form's fields; empty when the submission is valid.</returns>
    public static IReadOnlyList<FieldError> Validate(BusinessPlan plan, PlanAction action, ProgressSubmission submission, out IReadOnlyList<RecordedRating> ratings)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(action);
        Preconditions.CheckNotNull(submission);
        var errors = new List<FieldError>();
        var read = new List<RecordedRating>();
        ratings = read;

        if (plan.ArchivedAt is { } archivedAt)
        {
            errors.Add(new FieldError(nameof(submission.ActionRef),
                $"The plan \"{plan.Title}\" was archived on {DisplayDates.Format(archivedAt)}: progress is no longer recorded on it"));
            return errors;
        }

        var corrected = CheckCorrects(action, submission.Corrects, errors);
        CheckAsAt(plan, action, submission, corrected, errors);

        if (string.IsNullOrWhiteSpace(submission.Statement))
        {
            errors.Add(new FieldError(nameof(submission.Statement), "Enter a progress statement: what has been done since the last update"));
        }
        else if (submission.Statement.Trim().Length > ProgressUpdate.MaxStatementLength)
        {
            errors.Add(new FieldError(nameof(submission.Statement),
                Invariant($"The progress statement must be {ProgressUpdate.MaxStatementLength} characters or fewer; it has {submission.Statement.Trim().Length}")));
        }

        foreach (var dimension in plan.RagScheme.Dimensions)
        {
            var field = RatingField(dimension.Id);
            var code = submission.Ratings.GetValueOrDefault(dimension.Id);
            if (string.IsNullOrWhiteSpace(code))
            {
                errors.Add(new FieldError(field, $"Choose a rating for {dimension.Name}: one of {LevelList(dimension)}"));
            }
            else if (plan.RagScheme.TryReadRating(dimension.Id, code, out var rating, out _) && rating.Levels.Count == 1)
            {
                read.Add(rating);
            }
            else
            {
                errors.Add(new FieldError(field, $"Choose a rating for {dimension.Name}: one of {LevelList(dimension)}, not \"{code.Trim()}\""));
            }
        }
        foreach (var unknown in submission.Ratings.Keys.Where(id => plan.RagScheme.FindDimension(id) is null))
        {
            errors.Add(new FieldError(RatingField(unknown),
                $"The plan's RAG scheme has no dimension \"{unknown}\"; it rates {string.Join(" and ", plan.RagScheme.Dimensions.Select(dimension => dimension.Name))}"));
        }

        CheckNote(submission.AdditionalWork, nameof(submission.AdditionalWork), "additional work proposed", errors);
        CheckNote(submission.ImpactSoFar, nameof(submission.ImpactSoFar), "impact so far", errors);
        CheckCompletion(plan, submission, read, errors);
        CheckMilestones(action, submission, errors);
        return errors;
    }

    /// <summary>Checks a review's fields: a returned update needs a comment saying why.</summary>
    /// <param name="outcome">The decision.</param>
    /// <param name="comment">The comment.</param>
    /// <returns>The errors; empty when the review is valid.</returns>
    public static IReadOnlyList<FieldError> ValidateReview(ReviewOutcome outcome, string? comment)
    {
        var errors = new List<FieldError>();
        if (!Enum.IsDefined(outcome))
        {
            errors.Add(new FieldError("Outcome", "Choose whether to accept the update or return it"));
        }
        if (outcome == ReviewOutcome.Returned && string.IsNullOrWhiteSpace(comment))
        {
            errors.Add(new FieldError("Comment", "Enter a comment saying why the update is returned and what the agency should change"));
        }
        CheckNote(comment, "Comment", "comment", errors);
        return errors;
    }

    /// <summary>Gets the form field name of a dimension's rating.</summary>
    /// <param name="dimensionId">The dimension's id, such as "completion".</param>
    /// <returns>Such as "Ratings[completion]".</returns>
    public static string RatingField(string dimensionId) => $"Ratings[{dimensionId}]";

    internal static string? TextOrNull(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    private static ProgressUpdate? CheckCorrects(PlanAction action, int? corrects, List<FieldError> errors)
    {
        if (corrects is not { } number)
        {
            return null;
        }
        var corrected = action.Progress.FirstOrDefault(update => update.Number == number);
        if (corrected is null)
        {
            errors.Add(new FieldError("Corrects", Invariant($"Choose the update this corrects: action {action.Ref} has updates 1 to {action.Progress.Count}, not {number}")));
            return null;
        }
        if (action.Progress.FirstOrDefault(update => update.Corrects == number) is { } correction)
        {
            errors.Add(new FieldError("Corrects", Invariant($"Update {number} was already corrected by update {correction.Number}; correct that one instead")));
        }
        return corrected;
    }

    private static void CheckAsAt(BusinessPlan plan, PlanAction action, ProgressSubmission submission, ProgressUpdate? corrected, List<FieldError> errors)
    {
        const string field = nameof(ProgressSubmission.AsAt);
        if (submission.AsAt is not { } asAt)
        {
            errors.Add(new FieldError(field, "Enter the date the update reports progress as at, such as 31 October 2026"));
            return;
        }
        if (asAt > submission.Today)
        {
            errors.Add(new FieldError(field, $"The as-at date must be today ({DisplayDates.Format(submission.Today)}) or earlier, not {DisplayDates.Format(asAt)}"));
        }
        if (asAt < plan.Period.Start)
        {
            errors.Add(new FieldError(field, $"The as-at date must be on or after {DisplayDates.Format(plan.Period.Start)}, when the plan starts, not {DisplayDates.Format(asAt)}"));
        }
        var latest = action.LatestProgress(LocalDate.MaxIsoValue);
        if (corrected is null && latest is not null && asAt < latest.AsAt)
        {
            errors.Add(new FieldError(field,
                $"The as-at date must be on or after {DisplayDates.Format(latest.AsAt)}, the date of the latest update; to change an earlier update, record a correction of it"));
        }
    }

    private static void CheckCompletion(BusinessPlan plan, ProgressSubmission submission, List<RecordedRating> ratings, List<FieldError> errors)
    {
        const string field = nameof(ProgressSubmission.CompletedOn);
        var recordsCompletion = submission.MarkedComplete
            || ratings.Any(rating => rating.TracksCompletion && rating.Rating == RagRating.Complete);
        if (!recordsCompletion)
        {
            if (submission.CompletedOn is not null)
            {
                errors.Add(new FieldError(field, "Give a completion date only when the action is complete: tick \"the action is complete\" or rate it complete"));
            }
            return;
        }
        if (submission.CompletedOn is not { } completed)
        {
            errors.Add(new FieldError(field, "Enter the date the action was completed"));
            return;
        }
        if (submission.AsAt is { } asAt && completed > asAt)
        {
            errors.Add(new FieldError(field, $"The completion date must be on or before the as-at date ({DisplayDates.Format(asAt)}), not {DisplayDates.Format(completed)}"));
        }
        if (completed < plan.Period.Start)
        {
            errors.Add(new FieldError(field, $"The completion date must be on or after {DisplayDates.Format(plan.Period.Start)}, when the plan starts, not {DisplayDates.Format(completed)}"));
        }
    }

    private static void CheckMilestones(PlanAction action, ProgressSubmission submission, List<FieldError> errors)
    {
        var known = action.Timescale.Milestones.Select(milestone => milestone.DueDate).ToHashSet();
        foreach (var date in submission.MilestonesMet.Where(date => !known.Contains(date)))
        {
            errors.Add(new FieldError(nameof(ProgressSubmission.MilestonesMet), known.Count == 0
                ? $"Action {action.Ref} has no milestones, so none can be recorded as met"
                : $"Choose milestones of action {action.Ref} ({string.Join(", ", action.Timescale.Milestones.Select(milestone => DisplayDates.Format(milestone.DueDate)))}); it has none due on {DisplayDates.Format(date)}"));
        }
    }

    private static void CheckNote(string? text, string field, string what, List<FieldError> errors)
    {
        if (text is not null && text.Trim().Length > ProgressUpdate.MaxNoteLength)
        {
            errors.Add(new FieldError(field, Invariant($"The {what} must be {ProgressUpdate.MaxNoteLength} characters or fewer; it has {text.Trim().Length}")));
        }
    }

    private static string LevelList(RagDimension dimension) =>
        string.Join(", ", dimension.Levels.Select(level => string.Equals(level.Code, level.Label, StringComparison.Ordinal) ? $"\"{level.Code}\"" : $"\"{level.Code}\" ({level.Label})"));

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
