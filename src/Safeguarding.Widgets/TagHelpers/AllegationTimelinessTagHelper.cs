using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-allegation-timeliness year="2015-16" /&gt;</c>: allegation timeliness computed from the LADO's register, against the board's local targets.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class AllegationTimelinessTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-allegation-timeliness";

    /// <summary>Gets or sets the financial year, such as "2015-16". The default is <c>null</c>: the year containing the date.</summary>
    public string? Year { get; set; }

    /// <summary>Gets or sets the date the figures are as at, as ISO text or a date written with <c>@</c>. The default is <c>null</c>: today.</summary>
    public string? AsAt { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, AllegationTimelinessViewComponent.Name, () => new { year = LadoCasesTagHelper.ReadYear(Year), asAt = ReadDate(AsAt, "as-at") });
}
