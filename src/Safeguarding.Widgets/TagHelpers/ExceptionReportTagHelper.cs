using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-exception-report plan="…" as-at="…" exceptions-only="true" /&gt;</c>: the exception report.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class ExceptionReportTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-exception-report";

    /// <summary>Gets or sets the plan's key. The default is <c>null</c>: the default plan.</summary>
    public string? Plan { get; set; }

    /// <summary>Gets or sets the date to report as at, as ISO text ("2014-11-30") or a <c>LocalDate</c>, <c>DateOnly</c> or <c>DateTime</c> written with <c>@</c>. The default is <c>null</c>: today.</summary>
    public string? AsAt { get; set; }

    /// <summary>Gets or sets whether only exceptions are listed. The default is <c>true</c>.</summary>
    public bool ExceptionsOnly { get; set; } = true;

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, ExceptionReportViewComponent.Name, () => new { plan = Plan, asAt = ReadDate(AsAt, "as-at"), exceptionsOnly = ExceptionsOnly });
}
