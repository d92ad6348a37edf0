using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;

namespace Safeguarding.Widgets.Components;

/// <summary>
/// Reads a statutory checker's form: only from a POST naming that checker in its "sg-check" field,
/// with a valid antiforgery token, so that facts about a child never travel in an address (where
/// proxies, browser history and request logs keep them) and another site cannot post them. A GET,
/// even with the fields in its query, is an empty form.
/// </summary>
internal static class CheckerForm
{
    /// <summary>The hidden field that says which checker a form belongs to, so that two checkers on one page each answer their own.</summary>
    internal const string CheckField = "sg-check";

    /// <summary>The message shown when a form was sent without a valid antiforgery token.</summary>
    internal const string Expired = "The form could not be read: it may have been open too long, or come from another site. Nothing was kept. Enter the facts again and send it.";

    /// <summary>Reads the named checker's fields from the request.</summary>
    /// <param name="context">The request's context.</param>
    /// <param name="antiforgery">The antiforgery service.</param>
    /// <param name="check">The checker's own "sg-check" value.</param>
    /// <param name="fields">The fields to read.</param>
    /// <returns>The fields sent (empty when none was sent to this checker), and why a form sent to it was refused, or <c>null</c>.</returns>
    internal static async Task<(Dictionary<string, StringValues> Fields, string? Refusal)> ReadAsync(HttpContext context, IAntiforgery antiforgery, string check, IReadOnlyCollection<string> fields)
    {
        var read = new Dictionary<string, StringValues>(StringComparer.Ordinal);
        var request = context.Request;
        if (!HttpMethods.IsPost(request.Method) || !request.HasFormContentType)
        {
            return (read, null);
        }
        var form = await request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        if (!string.Equals(form[CheckField].ToString(), check, StringComparison.Ordinal))
        {
            return (read, null);
        }
        if (!await antiforgery.IsRequestValidAsync(context).ConfigureAwait(false))
        {
            return (read, Expired);
        }
        foreach (var field in fields)
        {
            if (form.TryGetValue(field, out var values))
            {
                read[field] = values;
            }
        }
        return (read, null);
    }
}
