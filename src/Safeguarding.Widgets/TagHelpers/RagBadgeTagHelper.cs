using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Safeguarding.Domain.Rag;
using Safeguarding.Widgets.Components;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary><c>&lt;sg-rag-badge rating="Red" /&gt;</c>: a RAG rating as words, shape and colour.</summary>
[HtmlTargetElement(TagName, TagStructure = TagStructure.WithoutEndTag)]
public sealed class RagBadgeTagHelper(IViewComponentHelper viewComponentHelper) : WidgetTagHelper(viewComponentHelper)
{
    internal const string TagName = "sg-rag-badge";

    /// <summary>Gets or sets the rating.</summary>
    public RagRating Rating { get; set; }

    /// <summary>Gets or sets the rating as recorded by hand, shown beside it. The default is <c>null</c>.</summary>
    public string? Recorded { get; set; }

    /// <summary>Gets or sets why the rating is what it is. The default is <c>null</c>.</summary>
    public string? Explanation { get; set; }

    /// <inheritdoc/>
    public override Task ProcessAsync(TagHelperContext context, TagHelperOutput output) =>
        RenderAsync(output, RagBadgeViewComponent.Name, () => new { rating = Rating, recorded = Recorded, explanation = Explanation });
}
