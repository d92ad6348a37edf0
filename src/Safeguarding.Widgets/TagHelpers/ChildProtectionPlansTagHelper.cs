using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-child-protection-plans /&gt;</c>: children subject to a child protection plan by quarter and category, as a chart, a table and words.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChildProtectionPlansTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-child-protection-plans";

    /// <summary>Gets or sets the year's scorecard (its file's name without ".json"), for the yearly report the widget links to. The default is <c>null</c>: none.</summary>
    [HtmlAttributeName("scorecard")]
    public string? Scorecard { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, ChildProtectionPlansViewComponent.Name, () => new { scorecard = Scorecard });
}
