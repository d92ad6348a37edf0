using NodaTime.Text;
using Safeguarding.Domain;

namespace Safeguarding.Hub.Api;

/// <summary>Reads the API's query parameters, each mistake an error naming the parameter and what was expected.</summary>
internal static class ApiQuery
{
    internal static LocalDate? Date(string? text, string parameter, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parsed = LocalDatePattern.Iso.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }
        errors.Add(new FieldError(parameter, $"Expected a date written yyyy-MM-dd, such as 2014-11-30, but found \"{Shorten(text)}\""));
        return null;
    }

    internal static Instant? Moment(string? text, string parameter, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (Safeguarding.Domain.Calendars.IsoInstant.TryParse(text.Trim(), out var instant))
        {
            return instant;
        }
        errors.Add(new FieldError(parameter, $"Expected {Safeguarding.Domain.Calendars.IsoInstant.Expected}, but found \"{Shorten(text)}\""));
        return null;
    }

    internal static TEnum? Choice<TEnum>(string? text, string parameter, List<FieldError> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var normalised = text.Replace("-", string.Empty, StringComparison.Ordinal).Trim();
        if (!normalised.All(char.IsAsciiLetter) || !Enum.TryParse<TEnum>(normalised, ignoreCase: true, out var value) || !Enum.IsDefined(value))
        {
            errors.Add(new FieldError(parameter, $"Expected one of {string.Join(", ", Enum.GetNames<TEnum>().Select(name => $"\"{name}\""))}, but found \"{Shorten(text)}\""));
            return null;
        }
        return value;
    }

    /// <summary>Finds the agency a query names among the plan's board's, or adds an error listing them; <c>null</c> when none is named.</summary>
    internal static Safeguarding.Domain.BusinessPlans.Agency? Agency(Safeguarding.Domain.BusinessPlans.BusinessPlan plan, string? agency, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(agency))
        {
            return null;
        }
        var found = plan.Board.FindAgency(agency);
        if (found is null)
        {
            errors.Add(new FieldError("agency", $"Expected one of the board's agencies ({string.Join(", ", plan.Board.Agencies.Select(known => $"\"{known.Name}\""))}), but found \"{Shorten(agency)}\""));
        }
        return found;
    }

    // What was sent goes back in the error, but no more of it than a person needs to recognise it.
    internal static string Shorten(string text) => text.Length <= 60 ? text : text[..60] + "…";
}
