using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.SampleIntranet.Models;

/// <summary>Builds each page's settings from the intranet's configuration.</summary>
public sealed class IntranetPageFactory(IOptions<IntranetOptions> options, WidgetViewModelService widgets)
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Gets the settings for a page, with the configured as-at date or today.</summary>
    /// <returns>The settings.</returns>
    public IntranetPage Create()
    {
        var configured = options.Value.AsAt;
        LocalDate asAt;
        if (string.IsNullOrWhiteSpace(configured))
        {
            asAt = widgets.Today();
        }
        else
        {
            var parsed = IsoDate.Parse(configured);
            if (!parsed.Success)
            {
                throw new InvalidOperationException(string.Create(CultureInfo.InvariantCulture,
                    $"Expected Intranet:AsAt in appsettings.json to be a date written yyyy-MM-dd, such as \"2014-11-30\", or empty for today, but found \"{configured}\"."));
            }
            asAt = parsed.Value;
        }
        return new IntranetPage(options.Value.PlanKey, options.Value.Agency, asAt);
    }

    /// <summary>Reads a date typed into a form.</summary>
    /// <param name="text">The text, yyyy-MM-dd as a date input sends it.</param>
    /// <param name="date">The date read.</param>
    /// <returns><c>true</c> when the text is a date.</returns>
    public static bool TryReadDate(string? text, out LocalDate date)
    {
        var parsed = IsoDate.Parse(text ?? string.Empty);
        date = parsed.Success ? parsed.Value : default;
        return parsed.Success;
    }
}
