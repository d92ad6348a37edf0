using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary>A widget of the partners' yearly report: it reads <c>options.AnnualReportFile</c> and links to the whole report as a board paper.</summary>
/// <param name="viewComponentHelper">Renders the view component.</param>
public abstract class YearlyReportTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    /// <summary>Gets or sets the year's scorecard (its file's name without ".json"), for the yearly report the widget links to. The default is <c>null</c>: none.</summary>
    [HtmlAttributeName("scorecard")]
    public string? Scorecard { get; set; }

    /// <summary>Gets the name of the widget's view component.</summary>
    protected abstract string ViewComponentName { get; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, ViewComponentName, () => new { scorecard = Scorecard });
}
