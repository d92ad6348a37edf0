using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewEngines;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Widgets.TagHelpers;

namespace Safeguarding.Hub.Embeds;

/// <summary>
/// Renders a widget outside a Razor page, through its own tag helper: so an embed is exactly what
/// the tag shows on an intranet page, a host's override of the widget's view included, and a widget
/// that fails shows its message in its place as it does there.
/// </summary>
internal static class WidgetRenderer
{
    internal static WidgetTagHelper Create(HttpContext context, EmbeddableWidget widget, out ViewContext viewContext, TextWriter writer)
    {
        var actionContext = new ActionContext(context, context.GetRouteData(), new ActionDescriptor());
        var tempData = context.RequestServices.GetRequiredService<ITempDataDictionaryFactory>().GetTempData(context);
        viewContext = new ViewContext(
            actionContext,
            NoView.Instance,
            new ViewDataDictionary(new EmptyModelMetadataProvider(), new ModelStateDictionary()),
            tempData,
            writer,
            new HtmlHelperOptions());
        var tagHelper = (WidgetTagHelper)ActivatorUtilities.CreateInstance(context.RequestServices, widget.TagHelper);
        tagHelper.ViewContext = viewContext;
        return tagHelper;
    }

    internal static async Task<string> RenderAsync(EmbeddableWidget widget, WidgetTagHelper tagHelper, ViewContext viewContext)
    {
        var tagContext = new TagHelperContext(widget.TagName, [], new Dictionary<object, object>(), Guid.NewGuid().ToString("N"));
        var output = new TagHelperOutput(widget.TagName, [], (_, _) => Task.FromResult<TagHelperContent>(new DefaultTagHelperContent()));
        tagHelper.Init(tagContext);
        await tagHelper.ProcessAsync(tagContext, output).ConfigureAwait(false);
        // What the widget read from TempData (a form's kept text after a redirect) is read once only.
        viewContext.TempData.Save();
        await using var html = new StringWriter();
        output.WriteTo(html, HtmlEncoder.Default);
        return html.ToString();
    }

    private sealed class NoView : IView
    {
        internal static readonly NoView Instance = new();

        public string Path => "/embed";

        public Task RenderAsync(ViewContext context) => Task.CompletedTask;
    }
}
