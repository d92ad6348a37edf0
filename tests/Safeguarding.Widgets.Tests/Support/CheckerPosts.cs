using System.Net;
using System.Text.RegularExpressions;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>
/// Sends a statutory checker's form as a browser does: gets the widget (for its antiforgery token
/// and cookie), then posts the fields with the token and the checker's own "sg-check" value.
/// </summary>
internal static partial class CheckerPosts
{
    /// <summary>The "sg-check" value of each checker, by the widget host's name for it.</summary>
    private static readonly Dictionary<string, string> Checks = new(StringComparer.Ordinal)
    {
        ["private-fostering-check"] = "private-fostering",
        ["harm-test-check"] = "harm-test",
    };

    /// <summary>Posts fields to a checker on the widget host and returns the HTML.</summary>
    /// <param name="host">The widget host.</param>
    /// <param name="widget">"private-fostering-check" or "harm-test-check".</param>
    /// <param name="fields">The fields, as a query string would give them ("age=15&amp;carer=Cousin"); a name may repeat.</param>
    /// <param name="withToken">Whether to send the antiforgery token and cookie, as the form does.</param>
    /// <param name="check">The "sg-check" value to send; the widget's own by default.</param>
    /// <returns>The rendered widget.</returns>
    internal static async Task<string> PostAsync(this WidgetHost host, string widget, string fields, bool withToken = true, string? check = null)
    {
        using var get = await host.Client.GetAsync(new Uri($"/widgets/{widget}", UriKind.Relative));
        var form = await get.Content.ReadAsStringAsync();
        var pairs = Parse(fields);
        pairs.Add(new("sg-check", check ?? Checks[widget]));
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/widgets/{widget}", UriKind.Relative));
        if (withToken)
        {
            pairs.Add(new("__RequestVerificationToken", WebUtility.HtmlDecode(Token().Match(form).Groups["token"].Value)));
            request.Headers.Add("Cookie", string.Join("; ", get.Headers.GetValues("Set-Cookie").Select(cookie => cookie.Split(';')[0])));
        }
        request.Content = new FormUrlEncodedContent(pairs);
        using var response = await host.Client.SendAsync(request);
        var html = await response.Content.ReadAsStringAsync();
        Assert.True(response.IsSuccessStatusCode, $"POST /widgets/{widget} answered {(int)response.StatusCode}: {html}");
        return html;
    }

    /// <summary>Replaces the antiforgery token's value, which differs on every request, so that a snapshot can pin the form.</summary>
    /// <param name="html">The HTML.</param>
    /// <returns>The HTML with the token's value replaced by "(token)".</returns>
    internal static string WithoutToken(string html) => Token().Replace(html, "name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(token)\"");

    private static List<KeyValuePair<string, string>> Parse(string fields) =>
        [.. fields.Split('&', StringSplitOptions.RemoveEmptyEntries).Select(pair => pair.Split('=', 2))
            .Select(parts => KeyValuePair.Create(Uri.UnescapeDataString(parts[0]), Uri.UnescapeDataString(parts.Length > 1 ? parts[1] : string.Empty)))];

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"(?<token>[^\"]+)\"")]
    private static partial Regex Token();
}
