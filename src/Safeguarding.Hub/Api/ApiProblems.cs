using Microsoft.AspNetCore.Http;
using Safeguarding.Domain;

namespace Safeguarding.Hub.Api;

/// <summary>The API's errors as RFC 9457 problem details, each naming what was wrong and what was expected.</summary>
internal static class ApiProblems
{
    internal static IResult NotFound(string title, string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status404NotFound, title: title);

    internal static IResult Forbidden(string detail) =>
        TypedResults.Problem(detail: detail, statusCode: StatusCodes.Status403Forbidden, title: "You cannot do this.");

    internal static IResult Unauthorized(HttpContext context)
    {
        context.Response.Headers.WWWAuthenticate = Clients.ApiClientKey.HeaderScheme;
        var sentKey = context.Request.Headers.Authorization.Count > 0;
        return TypedResults.Problem(
            detail: sentKey
                ? "The Authorization header was not accepted: the API client key is unknown, wrong or revoked, or the token is not valid. Ask the board's business unit for a key."
                : "Send your API client's key (Authorization: ApiClient {id}.{secret}) or a bearer token from your identity provider.",
            statusCode: StatusCodes.Status401Unauthorized,
            title: "Sign in to use the board's API.");
    }

    internal static IResult Invalid(IEnumerable<FieldError> errors, string title, IDictionary<string, object?>? extensions = null) =>
        TypedResults.ValidationProblem(
            errors
                .GroupBy(error => error.Field, StringComparer.Ordinal)
                .ToDictionary(group => group.Key, group => group.Select(error => error.Message).ToArray(), StringComparer.Ordinal),
            detail: string.Join(" ", errors.Select(error => $"{error.Field}: {error.Message}.")),
            title: title,
            extensions: extensions);

    /// <summary>A domain field name ("Statement", "Ratings[completion]") as the JSON body names it ("statement", "ratings[completion]").</summary>
    internal static string JsonField(string field) =>
        string.IsNullOrEmpty(field) ? field : char.ToLowerInvariant(field[0]) + field[1..];
}
