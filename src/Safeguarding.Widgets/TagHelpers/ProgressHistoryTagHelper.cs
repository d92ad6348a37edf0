using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-progress-history action="4.3.1" /&gt;</c>: an action's progress timeline, newest first.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ProgressHistoryTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-progress-history";

    /// <summary>Gets or sets the action's ref. Required.</summary>
    public string Action { get; set; } = string.Empty;

    /// <summary>Gets or sets the plan's key. The default is <c>null</c>: the default plan.</summary>
    public string? Plan { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, ProgressHistoryViewComponent.Name, () => new { action = Action, plan = Plan, headingLevel = HeadingLevel });
}
