using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-scorecard scorecard="domestic-abuse-2015-16" /&gt;</c>: an indicator scorecard.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ScorecardTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-scorecard";

    /// <summary>Gets or sets the scorecard's file name without ".json", in the configured scorecard folder.</summary>
    public string Scorecard { get; set; } = string.Empty;

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, ScorecardViewComponent.Name, () => new { scorecard = Scorecard });
}
