using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.YearlyReports;

namespace Safeguarding.Widgets.Components;

/// <summary>Children subject to a child protection plan by quarter and category: an accessible SVG chart, the table behind it and a description in words. View: <c>Views/Shared/Components/SafeguardingChildProtectionPlans/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class ChildProtectionPlansViewComponent(YearlyReportService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingChildProtectionPlans";

    /// <summary>Renders the widget from the configured annual report figures.</summary>
    /// <param name="scorecard">The year's scorecard, for the yearly report the widget links to; <c>null</c> for none.</param>
    /// <returns>The view.</returns>
    public Task<IViewComponentResult> InvokeAsync(string? scorecard = null) =>
        YearlyReportWidget.RenderAsync(this, service.GetChildProtectionPlans, scorecard);
}
