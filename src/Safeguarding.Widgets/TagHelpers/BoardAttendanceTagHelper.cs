using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-board-attendance /&gt;</c>: attendance at the board's meetings, as a chart, a table and words.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class BoardAttendanceTagHelper(IViewComponentHelper viewComponentHelper) : YearlyReportTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-board-attendance";

    /// <inheritdoc/>
    protected override string ViewComponentName => BoardAttendanceViewComponent.Name;
}
