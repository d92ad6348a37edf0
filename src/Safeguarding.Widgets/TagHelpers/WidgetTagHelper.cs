using System.Globalization;
using Microsoft.AspNetCore.Html;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Razor.TagHelpers;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.TagHelpers;

/// <summary>
/// The base of the widgets' tag helpers: each renders its view component in place of its element,
/// so a host that overrides the view component's view changes the tag helper's output too. A widget
/// that fails renders a short message in its own place and the rest of the page renders: in
/// Development the error itself, elsewhere a sentence (and the error goes to the log).
/// </summary>
/// <param name="viewComponentHelper">Renders view components.</param>
public abstract partial class WidgetTagHelper(IViewComponentHelper viewComponentHelper) : TagHelper
{
    /// <summary>Gets or sets the view context (set by Razor).</summary>
    [ViewContext]
    [HtmlAttributeNotBound]
    public ViewContext ViewContext { get; set; } = null!;

    /// <summary>
    /// Gets or sets the level of the widget's heading, 1 to 6, so the widget fits the page's outline
    /// (its sub-headings are one and two levels below). The default is 2.
    /// </summary>
    public int HeadingLevel { get; set; } = 2;

    /// <summary>Renders a view component in place of the element, or a message in its place if it fails.</summary>
    /// <param name="output">The tag helper's output.</param>
    /// <param name="viewComponentName">The view component's name.</param>
    /// <param name="arguments">Its arguments, as an anonymous object.</param>
    /// <returns>A task that completes when the content is set.</returns>
    protected Task RenderAsync(TagHelperOutput output, string viewComponentName, object arguments) =>
        RenderAsync(output, viewComponentName, () => arguments);

    /// <summary>Renders a view component in place of the element, reading its arguments (which may fail, such as a date that is not one) inside the widget's own error handling.</summary>
    /// <param name="output">The tag helper's output.</param>
    /// <param name="viewComponentName">The view component's name.</param>
    /// <param name="arguments">Reads its arguments, as an anonymous object.</param>
    /// <returns>A task that completes when the content is set.</returns>
    protected async Task RenderAsync(TagHelperOutput output, string viewComponentName, Func<object> arguments)
    {
        ArgumentNullException.ThrowIfNull(arguments);
        ArgumentNullException.ThrowIfNull(output);
        output.TagName = null;
        var previousLevel = ViewContext.ViewData[WidgetHeadings.LevelKey];
        try
        {
            if (HeadingLevel is < 1 or > 6)
            {
                throw new InvalidOperationException($"Expected the heading-level attribute of the {viewComponentName} widget to be 1 to 6, but it is {HeadingLevel}.");
            }
            ViewContext.ViewData[WidgetHeadings.LevelKey] = HeadingLevel;
            ((IViewContextAware)viewComponentHelper).Contextualize(ViewContext);
            var content = await viewComponentHelper.InvokeAsync(viewComponentName, arguments()).ConfigureAwait(false);
            output.Content.SetHtmlContent(content);
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            output.Content.SetHtmlContent(Failure(viewComponentName, exception));
        }
        finally
        {
            ViewContext.ViewData[WidgetHeadings.LevelKey] = previousLevel;
        }
    }

    /// <summary>Reads a date attribute written as ISO text ("2014-11-30") or rendered from a <c>LocalDate</c>, <c>DateOnly</c> or <c>DateTime</c> in the page's culture.</summary>
    /// <param name="text">The attribute's value, or <c>null</c>.</param>
    /// <param name="attribute">The attribute's name, for the message.</param>
    /// <returns>The date, or <c>null</c> when the attribute is absent or blank.</returns>
    /// <exception cref="FormatException">The text is not a date.</exception>
    protected static LocalDate? ReadDate(string? text, string attribute) =>
        WidgetDates.Read(text, attribute, CultureInfo.CurrentCulture);

    private HtmlContentBuilder Failure(string viewComponentName, Exception exception)
    {
        var services = ViewContext.HttpContext.RequestServices;
        var development = services.GetService<IHostEnvironment>()?.IsDevelopment() == true;
        LogWidgetFailed(services.GetService<ILoggerFactory>()?.CreateLogger<WidgetTagHelper>() ?? Microsoft.Extensions.Logging.Abstractions.NullLogger<WidgetTagHelper>.Instance, viewComponentName, exception);
        // A store of plans that cannot be reached (a board hub that is down) is said in words everywhere.
        var unavailable = exception as Safeguarding.Domain.BusinessPlans.BusinessPlanStoreUnavailableException
            ?? exception.InnerException as Safeguarding.Domain.BusinessPlans.BusinessPlanStoreUnavailableException;
        var message = unavailable is not null ? unavailable.Message
            : development
            ? $"This widget ({viewComponentName}) could not be shown: {exception.Message}"
            : "This part of the page could not be shown just now. The rest of the page is up to date; try again later, or tell the intranet team.";
        var html = new HtmlContentBuilder();
        html.AppendHtml("<div class=\"sg-widget sg-widget-failed\" data-sg-widget=\"failed\"><p class=\"sg-notice\">");
        html.Append(message);
        html.AppendHtml("</p></div>");
        return html;
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The widget {ViewComponent} failed; a message was shown in its place.")]
    private static partial void LogWidgetFailed(ILogger logger, string viewComponent, Exception exception);
}
