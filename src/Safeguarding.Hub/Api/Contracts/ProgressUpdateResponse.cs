namespace Safeguarding.Hub.Api.Contracts;

/// <summary>One entry of an action's progress history.</summary>
/// <param name="Number">Its place in the history, from 1.</param>
/// <param name="AsAt">The date it reports as at.</param>
/// <param name="Statement">The progress statement, or <c>null</c>.</param>
/// <param name="Ratings">The ratings recorded by hand.</param>
/// <param name="MarkedComplete">Whether it says the action is complete.</param>
/// <param name="CompletedOn">The date the action was completed, when it records completion and gives one.</param>
/// <param name="MilestonesMet">The due dates of the milestones it records as met.</param>
/// <param name="AdditionalWork">Additional work proposed, or <c>null</c>.</param>
/// <param name="ImpactSoFar">Impact so far, or <c>null</c>.</param>
/// <param name="ReportedBy">Who reported it as an imported plan names them, or <c>null</c>.</param>
/// <param name="RecordedBy">Who recorded it through the software, or <c>null</c> for an update imported with the plan.</param>
/// <param name="RecordedAt">When it was recorded, or <c>null</c> for an update imported with the plan.</param>
/// <param name="Corrects">The number of the update it corrects, or <c>null</c>.</param>
public sealed record ProgressUpdateResponse(
    int Number,
    DateOnly AsAt,
    string? Statement,
    IReadOnlyList<RecordedRatingResponse> Ratings,
    bool MarkedComplete,
    DateOnly? CompletedOn,
    IReadOnlyList<DateOnly> MilestonesMet,
    string? AdditionalWork,
    string? ImpactSoFar,
    string? ReportedBy,
    UpdateAuthorResponse? RecordedBy,
    DateTimeOffset? RecordedAt,
    int? Corrects);

/// <summary>A rating as recorded in an update.</summary>
/// <param name="Dimension">The id of the dimension rated.</param>
/// <param name="Text">The code or codes as recorded, such as "A" or "● / ★".</param>
/// <param name="Rating">The canonical rating it counts as.</param>
public sealed record RecordedRatingResponse(string Dimension, string Text, string Rating);

/// <summary>Who recorded an update or a review: a stable id from their identity provider, the name shown, their agency and role.</summary>
/// <param name="UserId">A stable, pseudonymous id (never an email address).</param>
/// <param name="DisplayName">The name shown in the history.</param>
/// <param name="Agency">The agency they recorded for, or <c>null</c>.</param>
/// <param name="Role">Their board role, such as "AgencyLead".</param>
public sealed record UpdateAuthorResponse(string UserId, string DisplayName, string? Agency, string Role);

/// <summary>The business unit's review of an update.</summary>
/// <param name="UpdateNumber">The number of the update reviewed.</param>
/// <param name="Outcome">"Accepted" or "Returned".</param>
/// <param name="Comment">The comment, or <c>null</c>.</param>
/// <param name="ReviewedBy">Who reviewed it.</param>
/// <param name="ReviewedAt">When.</param>
public sealed record ProgressReviewResponse(int UpdateNumber, string Outcome, string? Comment, UpdateAuthorResponse ReviewedBy, DateTimeOffset ReviewedAt);
