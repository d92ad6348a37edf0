using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-updates-due agency="…" /&gt;</c>: progress returns due this reporting cycle and overdue; for the business unit, every agency's with escalations.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class UpdatesDueTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-updates-due";

    /// <summary>Gets or sets the plan's key. The default is <c>null</c>: the default plan.</summary>
    public string? Plan { get; set; }

    /// <summary>Gets or sets an agency's name or short name. The default is <c>null</c>: the viewer's own agency (an agency lead), or every agency.</summary>
    public string? Agency { get; set; }

    /// <summary>Gets or sets the date, as ISO text ("2014-11-30") or a <c>LocalDate</c>, <c>DateOnly</c> or <c>DateTime</c> written with <c>@</c>. The default is <c>null</c>: today.</summary>
    public string? AsAt { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, UpdatesDueViewComponent.Name, () => new { plan = Plan, agency = Agency, asAt = ReadDate(AsAt, "as-at"), headingLevel = HeadingLevel });
}
