namespace Safeguarding.Hub.Api.Contracts;

/// <summary>A progress update to record on an action: the progress form's fields as JSON.</summary>
/// <param name="ExpectedVersion">The version of the action's history you read (its <c>version</c>); if anyone has recorded since, the answer is 409 with what they recorded.</param>
/// <param name="IdempotencyKey">A key unique to this submission (up to 100 characters): the same submission twice under one key stores one update; a different submission under a used key is answered 409 (a conflict) or 400 (an error on this field), never dropped.</param>
/// <param name="AsAt">The date the update reports as at, yyyy-MM-dd: not after today, not before the plan starts.</param>
/// <param name="Statement">The progress statement (up to 4,000 characters).</param>
/// <param name="Ratings">A level code for each dimension of the plan's RAG scheme, by dimension id, such as {"process": "G", "completion": "A"}.</param>
/// <param name="AdditionalWork">Additional work proposed, or <c>null</c>.</param>
/// <param name="ImpactSoFar">Impact so far, or <c>null</c>.</param>
/// <param name="MarkedComplete">Whether the action is complete.</param>
/// <param name="CompletedOn">The date the action was completed: needed when the update records completion.</param>
/// <param name="MilestonesMet">The due dates of the action's milestones this update records as met.</param>
/// <param name="Corrects">The number of an earlier update this corrects, or <c>null</c> for a new update.</param>
/// <param name="RecordedFor">For an API client recording for one of its own signed-in people: who they are (shown in the history with the client's agency); <c>null</c> to record as the client itself.</param>
public sealed record ProgressRequest(
    int? ExpectedVersion = null,
    string? IdempotencyKey = null,
    DateOnly? AsAt = null,
    string? Statement = null,
    IReadOnlyDictionary<string, string?>? Ratings = null,
    string? AdditionalWork = null,
    string? ImpactSoFar = null,
    bool MarkedComplete = false,
    DateOnly? CompletedOn = null,
    IReadOnlyList<DateOnly>? MilestonesMet = null,
    int? Corrects = null,
    PersonRequest? RecordedFor = null);

/// <summary>A person at a partner's intranet, for whom its API client records.</summary>
/// <param name="UserId">Their stable id in the partner's identity provider (never an email address).</param>
/// <param name="DisplayName">The name shown beside what they record.</param>
public sealed record PersonRequest(string UserId, string DisplayName);

/// <summary>What happened to a progress update or review: recorded (201) or already recorded (200).</summary>
/// <param name="Status">"Recorded" or "AlreadyRecorded" (the same idempotency key was recorded before; nothing new was stored).</param>
/// <param name="Message">A sentence saying what happened.</param>
/// <param name="Version">The action's history version now: the version to submit against next.</param>
/// <param name="Update">The update as stored, for a progress update.</param>
/// <param name="Review">The review as stored, for a review.</param>
public sealed record ProgressResultResponse(string Status, string Message, int Version, ProgressUpdateResponse? Update, ProgressReviewResponse? Review);

/// <summary>The business unit's decision on one update.</summary>
/// <param name="UpdateNumber">The number of the update reviewed.</param>
/// <param name="Outcome">"Accepted" or "Returned".</param>
/// <param name="Comment">Why it is returned (needed then), or a note on accepting it.</param>
public sealed record ReviewRequest(int? UpdateNumber = null, string? Outcome = null, string? Comment = null);
