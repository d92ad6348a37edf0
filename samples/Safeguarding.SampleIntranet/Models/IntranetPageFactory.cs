using System.Globalization;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.SampleIntranet.Models;

/// <summary>Builds each page's settings from the intranet's configuration and who is signed in.</summary>
public sealed class IntranetPageFactory(
    IOptions<IntranetOptions> options,
    WidgetViewModelService widgets,
    IHttpContextAccessor http,
    IBoardUserResolver users)
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
        return new IntranetPage(options.Value.PlanKey, OurAgency(), asAt);
    }

    /// <summary>
    /// Gets "our" agency: for a signed-in agency lead, the first agency they act for; for everyone
    /// else, the intranet's configured agency.
    /// </summary>
    /// <returns>The agency's name or short name, as the plan names it.</returns>
    public string OurAgency()
    {
        var principal = http.HttpContext?.User;
        var user = principal is null ? null : users.Resolve(principal);
        return user is not null && user.IsIn(BoardRole.AgencyLead) && user.Agencies.Count > 0
            ? user.Agencies[0]
            : options.Value.Agency;
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
