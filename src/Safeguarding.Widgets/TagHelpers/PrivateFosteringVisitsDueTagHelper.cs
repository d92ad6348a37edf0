using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-private-fostering-visits-due within-working-days="5" /&gt;</c>: visits overdue and due, and late notifications, for the private fostering officer.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class PrivateFosteringVisitsDueTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-private-fostering-visits-due";

    /// <summary>Gets or sets how many working days ahead to look, 0 to 60. The default is 5, a working week.</summary>
    public int WithinWorkingDays { get; set; } = 5;

    /// <summary>Gets or sets the date, as ISO text or a date written with <c>@</c>. The default is <c>null</c>: today.</summary>
    public string? AsAt { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, PrivateFosteringVisitsDueViewComponent.Name, () => new { withinWorkingDays = WithinWorkingDays, asAt = ReadDate(AsAt, "as-at") });
}
