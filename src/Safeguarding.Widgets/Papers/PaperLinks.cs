using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Safeguarding.BoardPapers;

namespace Safeguarding.Widgets.Papers;

/// <summary>
/// Offers a widget's report as a board paper: a view component calls <see cref="Offer"/> with its
/// own parameters, and its view renders <c>&lt;partial name="_SgPaperLinks" /&gt;</c>, which shows
/// the links (print view, Word, Excel, CSV) to <see cref="PaperEndpoints"/>.
/// </summary>
public static class PaperLinks
{
    /// <summary>The view data key the links are kept under for the widget's view.</summary>
    public const string ViewDataKey = "Safeguarding.PaperLinks";

    /// <summary>Puts the links to a paper in the view component's view data.</summary>
    /// <param name="component">The view component.</param>
    /// <param name="paper">The paper, such as <see cref="PaperEndpoints.ExceptionReport"/>.</param>
    /// <param name="what">What the paper is, such as "the exception report".</param>
    /// <param name="parameters">The widget's parameters; those without a value are left out.</param>
    public static void Offer(ViewComponent component, string paper, string what, params (string Name, object? Value)[] parameters)
    {
        ArgumentNullException.ThrowIfNull(component);
        var options = component.HttpContext.RequestServices.GetRequiredService<IOptions<SafeguardingWidgetsOptions>>().Value;
        var query = QueryString.Create(parameters
            .Select(parameter => (parameter.Name, Value: parameter.Value switch
            {
                null => null,
                LocalDate date => LocalDatePattern.Iso.Format(date),
                bool flag => flag ? "true" : "false",
                _ => parameter.Value.ToString(),
            }))
            .Where(parameter => !string.IsNullOrEmpty(parameter.Value))
            .Select(parameter => new KeyValuePair<string, string?>(parameter.Name, parameter.Value)));
        var root = component.HttpContext.Request.PathBase;
        component.ViewData[ViewDataKey] = new PaperLinksViewModel(what, [.. PaperEndpoints.Formats.Select(format =>
            new PaperLink(format.DisplayName(), root + PaperEndpoints.PaperPath(options, paper, format) + query, format != PaperFormat.Print))]);
    }
}
