using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary>
/// The base of the widgets' tag helpers: each renders its view component in place of its element,
/// so a host that overrides the view component's view changes the tag helper's output too.
/// </summary>
/// <param name="viewComponentHelper">Renders view components.</param>
public abstract class WidgetTagHelper(IViewComponentHelper viewComponentHelper) : TagHelper
{
    /// <summary>Gets or sets the view context (set by Razor).</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>Renders a view component in place of the element.</summary>
    /// <param name="output">The tag helper's output.</param>
    /// <param name="viewComponentName">The view component's name.</param>
    /// <param name="arguments">Its arguments, as an anonymous object.</param>
    /// <returns>A task that completes when the content is set.</returns>
    protected async Task RenderAsync(TagHelperOutput output, string viewComponentName, object arguments)
    {
        ArgumentNullException.ThrowIfNull(output);
        ((IViewContextAware)viewComponentHelper).Contextualize(ViewContext);
        var content = await viewComponentHelper.InvokeAsync(viewComponentName, arguments).ConfigureAwait(false);
        output.TagName = null;
        output.Content.SetHtmlContent(content);
    }
}
