using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-action-plan plan="…" agency="…" /&gt;</c>: the action plan table.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ActionPlanTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-action-plan";

    /// <summary>Gets or sets the plan's key. The default is <c>null</c>: the default plan.</summary>
    public string? Plan { get; set; }

    /// <summary>Gets or sets a lead agency's name or short name. The default is <c>null</c>: every action.</summary>
    public string? Agency { get; set; }

    /// <summary>Gets or sets the date to rate as at, as ISO text ("2014-11-30") or a <c>LocalDate</c>, <c>DateOnly</c> or <c>DateTime</c> written with <c>@</c>. The default is <c>null</c>: today.</summary>
    public string? AsAt { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, ActionPlanViewComponent.Name, () => new { plan = Plan, agency = Agency, asAt = ReadDate(AsAt, "as-at") });
}
