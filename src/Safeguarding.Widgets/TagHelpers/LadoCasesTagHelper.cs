using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Domain.Calendars;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-lado-cases year="2015-16" /&gt;</c>: the LADO's case list, for the LADO only; everyone else sees a refusal in its place.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class LadoCasesTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-lado-cases";

    /// <summary>Gets or sets the financial year of referral, such as "2015-16". The default is <c>null</c>: the year containing the date.</summary>
    public string? Year { get; set; }

    /// <summary>Gets or sets a value indicating whether to list only the cases open as at the date. The default is <c>false</c>.</summary>
    public bool OpenOnly { get; set; }

    /// <summary>Gets or sets the date, as ISO text ("2016-06-30") or a date written with <c>@</c>. The default is <c>null</c>: today.</summary>
    public string? AsAt { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, LadoCasesViewComponent.Name, () => new { year = ReadYear(Year), openOnly = OpenOnly, asAt = ReadDate(AsAt, "as-at") });

    internal static FinancialYear? ReadYear(string? text) => string.IsNullOrWhiteSpace(text) ? null : FinancialYear.Parse(text);
}
