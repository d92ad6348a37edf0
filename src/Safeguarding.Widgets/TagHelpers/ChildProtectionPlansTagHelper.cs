using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-child-protection-plans /&gt;</c>: children subject to a child protection plan by quarter and category, as a chart, a table and words.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ChildProtectionPlansTagHelper(IViewComponentHelper viewComponentHelper) : YearlyReportTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-child-protection-plans";

    /// <inheritdoc/>
    protected override string ViewComponentName => ChildProtectionPlansViewComponent.Name;
}
