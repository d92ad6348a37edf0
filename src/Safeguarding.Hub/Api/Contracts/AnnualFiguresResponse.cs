namespace Safeguarding.Hub.Api.Contracts;

/// <summary>
/// An annual report's statutory figures, with shares and averages computed from the counts (and the
/// published figures beside them), and where the document's own figures disagree.
/// </summary>
/// <param name="Key">The report's key (its file name without ".json").</param>
/// <param name="Board">The board.</param>
/// <param name="Title">The report's title.</param>
/// <param name="Year">The financial year, such as "2015-16".</param>
/// <param name="Source">The document the figures are transcribed from.</param>
/// <param name="Allegations">Allegations against people who work with children (LADO).</param>
/// <param name="PrivateFosteringNotifications">Private fostering notifications in the year.</param>
/// <param name="ChildProtectionPlans">Children subject to a child protection plan, by quarter.</param>
/// <param name="Inconsistencies">Where the document's own figures disagree.</param>
public sealed record AnnualFiguresResponse(
    string Key,
    string Board,
    string Title,
    string Year,
    string Source,
    AllegationFiguresResponse Allegations,
    int PrivateFosteringNotifications,
    IReadOnlyList<ChildProtectionQuarterResponse> ChildProtectionPlans,
    IReadOnlyList<string> Inconsistencies);

/// <summary>The year's allegations.</summary>
/// <param name="Count">Allegations managed in the year.</param>
/// <param name="MonthlyAverage">Allegations a month, computed from the count.</param>
/// <param name="PublishedMonthlyAverage">Allegations a month as the report prints it.</param>
/// <param name="PreviousYear">Allegations in the year before, or <c>null</c>.</param>
/// <param name="ChangeFromPreviousYearPercent">The change from the year before as a percentage, or <c>null</c>.</param>
/// <param name="Source">Where in the document the figures are.</param>
public sealed record AllegationFiguresResponse(int Count, decimal MonthlyAverage, decimal PublishedMonthlyAverage, int? PreviousYear, decimal? ChangeFromPreviousYearPercent, string Source);

/// <summary>Children subject to a child protection plan at the end of a quarter.</summary>
/// <param name="Quarter">The financial quarter, 1 to 4.</param>
/// <param name="Total">Children subject to a plan.</param>
/// <param name="Categories">By category, with each share computed from the counts.</param>
public sealed record ChildProtectionQuarterResponse(int Quarter, int Total, IReadOnlyList<CategoryShareResponse> Categories);

/// <summary>One category's count and share.</summary>
/// <param name="Category">The category, such as "Neglect".</param>
/// <param name="Count">The count.</param>
/// <param name="Percent">Its share of the quarter's total, computed.</param>
/// <param name="PublishedPercent">The share as the report prints it, or <c>null</c>.</param>
public sealed record CategoryShareResponse(string Category, int Count, decimal Percent, decimal? PublishedPercent);
