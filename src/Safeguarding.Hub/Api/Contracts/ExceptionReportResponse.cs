namespace Safeguarding.Hub.Api.Contracts;

/// <summary>An exception report as at a date: actions grouped "to be completed by the end of &lt;month&gt;".</summary>
/// <param name="PlanKey">The plan's key.</param>
/// <param name="Title">The report's title, such as "Exception Report – as at 31 May 2009".</param>
/// <param name="AsAt">The date it is as at.</param>
/// <param name="AsItStoodOn">The instant the plan is shown as it stood on, or <c>null</c> for now.</param>
/// <param name="Mode">"ExceptionsOnly" or "AllDue".</param>
/// <param name="Groups">The groups, earliest month first.</param>
public sealed record ExceptionReportResponse(string PlanKey, string Title, DateOnly AsAt, DateTimeOffset? AsItStoodOn, string Mode, IReadOnlyList<ExceptionReportGroupResponse> Groups);

/// <summary>The actions due by the end of one month.</summary>
/// <param name="Month">The month, yyyy-MM.</param>
/// <param name="Heading">Such as "Actions to be completed by the end of February 2009".</param>
/// <param name="Lines">The actions, in plan order.</param>
public sealed record ExceptionReportGroupResponse(string Month, string Heading, IReadOnlyList<ExceptionReportLineResponse> Lines);

/// <summary>One action in an exception report.</summary>
/// <param name="Ref">The action's ref.</param>
/// <param name="Action">The action, or its steps.</param>
/// <param name="Lead">The lead as written.</param>
/// <param name="Progress">The latest progress statement, or <c>null</c>.</param>
/// <param name="RecordedRating">The rating recorded by hand as written, or <c>null</c>.</param>
/// <param name="Rating">The derived rating.</param>
/// <param name="Explanation">Why it has its rating, in one sentence.</param>
public sealed record ExceptionReportLineResponse(string Ref, IReadOnlyList<string> Action, string Lead, string? Progress, string? RecordedRating, string Rating, string Explanation);
