using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.YearlyReports;

namespace Safeguarding.Widgets.Components;

/// <summary>Board attendance: members attending each meeting as an accessible SVG chart, the table behind it and a description in words. View: <c>Views/Shared/Components/SafeguardingBoardAttendance/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class BoardAttendanceViewComponent(YearlyReportService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingBoardAttendance";

    /// <summary>Renders the widget from the configured annual report figures.</summary>
    /// <param name="scorecard">The year's scorecard (its file's name without ".json"), for the yearly report the widget links to; <c>null</c> for none.</param>
    /// <returns>The view.</returns>
    public Task<IViewComponentResult> InvokeAsync(string? scorecard = null) =>
        YearlyReportWidget.RenderAsync(this, service.GetBoardAttendance, scorecard);
}
