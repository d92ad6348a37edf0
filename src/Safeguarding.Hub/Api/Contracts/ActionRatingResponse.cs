namespace Safeguarding.Hub.Api.Contracts;

/// <summary>An action with its rating derived as at a date (and, when asked, as the plan stood on an instant).</summary>
/// <param name="Ref">The action's ref, such as "2.1.3".</param>
/// <param name="Summary">The action, or its steps, in one line.</param>
/// <param name="LeadAgency">The lead agency as the board names it, or <c>null</c>.</param>
/// <param name="Lead">The lead cell as the plan writes it.</param>
/// <param name="Timescale">The timescale as the plan writes it.</param>
/// <param name="DueDate">The date it is due by, or <c>null</c>.</param>
/// <param name="Version">The version of its history (the number of updates): send it as <c>expectedVersion</c> when recording progress.</param>
/// <param name="Rating">The derived rating: NotRated, NotStarted, Red, Amber, Green or Complete.</param>
/// <param name="RatingName">The rating in words, such as "Red".</param>
/// <param name="IsComplete">Whether it was complete as at the date.</param>
/// <param name="IsOverdue">Whether it was past its due date and not complete.</param>
/// <param name="IsStale">Whether no progress had been reported within the reporting cycle.</param>
/// <param name="IsException">Whether it belongs in an exception report.</param>
/// <param name="Contradiction">How the rating recorded by hand contradicts the rules, or <c>null</c>.</param>
/// <param name="Reason">The rating's reason in a few words.</param>
/// <param name="Explanation">One sentence saying why it has its rating.</param>
/// <param name="LatestProgress">The latest update on or before the date, or <c>null</c>.</param>
public sealed record ActionRatingResponse(
    string Ref,
    string Summary,
    string? LeadAgency,
    string Lead,
    string Timescale,
    DateOnly? DueDate,
    int Version,
    string Rating,
    string RatingName,
    bool IsComplete,
    bool IsOverdue,
    bool IsStale,
    bool IsException,
    string? Contradiction,
    string Reason,
    string Explanation,
    ProgressUpdateResponse? LatestProgress);

/// <summary>Every action of a plan rated as at a date, with the plan's roll-up.</summary>
/// <param name="PlanKey">The plan's key.</param>
/// <param name="AsAt">The date the ratings are as at.</param>
/// <param name="AsItStoodOn">The instant the plan is shown as it stood on (nothing recorded later counts), or <c>null</c> for now.</param>
/// <param name="Agency">The lead agency the actions are filtered to, as the board names it, or <c>null</c> for every action.</param>
/// <param name="Overall">The whole plan's roll-up.</param>
/// <param name="Actions">The actions, in plan order.</param>
public sealed record ActionRatingsResponse(string PlanKey, DateOnly AsAt, DateTimeOffset? AsItStoodOn, string? Agency, RollUpResponse Overall, IReadOnlyList<ActionRatingResponse> Actions);

/// <summary>The ratings beneath a level (a plan, priority or action area).</summary>
/// <param name="Rating">The worst rating beneath it.</param>
/// <param name="Total">The number of actions.</param>
/// <param name="Counts">The number of actions with each rating.</param>
/// <param name="Overdue">The number past their due date and not complete.</param>
/// <param name="Stale">The number with no update within the reporting cycle.</param>
/// <param name="Explanation">One sentence, such as "Red: the worst rating among its 14 actions (3 red, 2 amber, 9 not rated).".</param>
public sealed record RollUpResponse(string Rating, int Total, IReadOnlyDictionary<string, int> Counts, int Overdue, int Stale, string Explanation);

/// <summary>One action: its rating as at a date, and its whole history.</summary>
/// <param name="Action">The action and its rating.</param>
/// <param name="Progress">Every update, oldest first, corrected ones and corrections alike.</param>
/// <param name="Reviews">The business unit's reviews, oldest first.</param>
/// <param name="AsAt">The date the rating is as at.</param>
/// <param name="AsItStoodOn">The instant the history is shown as it stood on, or <c>null</c> for now.</param>
public sealed record ActionDetailResponse(ActionRatingResponse Action, IReadOnlyList<ProgressUpdateResponse> Progress, IReadOnlyList<ProgressReviewResponse> Reviews, DateOnly AsAt, DateTimeOffset? AsItStoodOn);
