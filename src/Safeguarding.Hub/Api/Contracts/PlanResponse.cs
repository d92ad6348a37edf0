namespace Safeguarding.Hub.Api.Contracts;

/// <summary>A plan's structure: its board, RAG scheme, priorities and action areas, with the refs of their actions.</summary>
/// <param name="Key">The plan's key.</param>
/// <param name="Title">The plan's title.</param>
/// <param name="Version">Its version as the plan gives it, or <c>null</c>.</param>
/// <param name="Board">The board whose plan it is.</param>
/// <param name="PeriodStart">The first day the plan covers.</param>
/// <param name="PeriodEnd">The last day the plan covers.</param>
/// <param name="PriorityTerm">What the board calls its priorities ("Development Area", "Theme").</param>
/// <param name="ReportingCycleDays">How often progress is expected, in days.</param>
/// <param name="RequiresAcceptance">Whether the business unit must accept an update before it counts in board reports.</param>
/// <param name="RagScheme">How the plan's actions are rated.</param>
/// <param name="Priorities">Its priorities in plan order.</param>
public sealed record PlanResponse(
    string Key,
    string Title,
    string? Version,
    BoardResponse Board,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    string PriorityTerm,
    int ReportingCycleDays,
    bool RequiresAcceptance,
    RagSchemeResponse RagScheme,
    IReadOnlyList<PriorityResponse> Priorities);

/// <summary>A board and its member agencies.</summary>
/// <param name="Name">The board's name.</param>
/// <param name="ShortName">Its short name, or <c>null</c>.</param>
/// <param name="Agencies">Its member agencies.</param>
public sealed record BoardResponse(string Name, string? ShortName, IReadOnlyList<AgencyResponse> Agencies);

/// <summary>A member agency.</summary>
/// <param name="Name">The agency's name.</param>
/// <param name="ShortName">The name plans use for it, or <c>null</c>.</param>
/// <param name="Sector">Its sector, such as "Health" or "LocalAuthority".</param>
public sealed record AgencyResponse(string Name, string? ShortName, string Sector);

/// <summary>A priority (development area, theme, work stream).</summary>
/// <param name="Number">Its number, such as "3".</param>
/// <param name="Title">Its title.</param>
/// <param name="ActionAreas">Its action areas (empty in a plan without them).</param>
/// <param name="ActionRefs">The refs of the actions directly under it, in a plan without action areas.</param>
public sealed record PriorityResponse(string Number, string Title, IReadOnlyList<ActionAreaResponse> ActionAreas, IReadOnlyList<string> ActionRefs);

/// <summary>An action area.</summary>
/// <param name="Ref">Its ref, such as "3.4".</param>
/// <param name="Title">Its title.</param>
/// <param name="Driver">Why it exists, such as "Ofsted Area for Improvement (Paragraph 154)", or <c>null</c>.</param>
/// <param name="MonitoredBy">The sub-group that monitors it, or <c>null</c>.</param>
/// <param name="StrategicOversight">Who has strategic oversight, or <c>null</c>.</param>
/// <param name="ActionRefs">The refs of its actions.</param>
public sealed record ActionAreaResponse(string Ref, string Title, string? Driver, string? MonitoredBy, string? StrategicOversight, IReadOnlyList<string> ActionRefs);
