using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-actions-due agency="…" days="30" /&gt;</c>: an agency's actions due soon, and those overdue.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ActionsDueTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-actions-due";

    /// <summary>Gets or sets the plan's key. The default is <c>null</c>: the default plan.</summary>
    public string? Plan { get; set; }

    /// <summary>Gets or sets a lead agency's name or short name. The default is <c>null</c>: every agency.</summary>
    public string? Agency { get; set; }

    /// <summary>Gets or sets how many days ahead to look. The default is <c>null</c>: the configured default (30).</summary>
    public int? Days { get; set; }

    /// <summary>Gets or sets the date to look from, as ISO text ("2014-11-30") or a <c>LocalDate</c>, <c>DateOnly</c> or <c>DateTime</c> written with <c>@</c>. The default is <c>null</c>: today.</summary>
    public string? AsAt { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, ActionsDueViewComponent.Name, () => new { plan = Plan, agency = Agency, days = Days, asAt = ReadDate(AsAt, "as-at") });
}
