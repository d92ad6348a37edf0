using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Hub.Api.Contracts;
using Safeguarding.Hub.Boards;
using Safeguarding.Hub.Clients;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Hub.Api;

/// <summary>
/// Recording progress and reviews through the API: the same permissions as the progress form
/// (<see cref="BoardPermissions"/>: an agency lead, or an agency's API client, only on actions its
/// agency leads) and the same answers from the repository: recorded, already recorded (the same
/// idempotency key), a conflict naming what was recorded since, errors by field, or not found.
/// </summary>
internal static class ProgressApiEndpoints
{
    private const int MaxBodyBytes = 64 * 1024;

    internal static void Map(RouteGroupBuilder board)
    {
        board.MapPost("/plans/{plan}/actions/{action}/progress", RecordAsync)
            .WithName("RecordProgress").WithTags("Progress")
            .WithSummary("Records a progress update on an action, as the progress form does.")
            .WithDescription("201 when recorded; 200 when the same idempotency key was recorded before (nothing new is stored); 409 when someone recorded on the action after the version you read, with what they recorded in recordedSince; 400 with each field's error; 403 when the action is not led by your agency.")
            .Accepts<ProgressRequest>("application/json")
            .Produces<ProgressResultResponse>(StatusCodes.Status201Created).Produces<ProgressResultResponse>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status409Conflict).ProducesBoardProblems().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
        board.MapPost("/plans/{plan}/actions/{action}/reviews", ReviewAsync)
            .WithName("ReviewProgress").WithTags("Progress")
            .WithSummary("Accepts or returns a progress update (the business unit only).")
            .Accepts<ReviewRequest>("application/json")
            .Produces<ProgressResultResponse>(StatusCodes.Status201Created)
            .ProducesValidationProblem().ProducesBoardProblems().ProducesProblem(StatusCodes.Status415UnsupportedMediaType);
    }

    private static async Task<IResult> RecordAsync(HttpContext context, string board, string plan, string action, BoardAccess access,
        IBusinessPlanRepository repository, WidgetViewModelService widgets, IClock clock, IOptions<JsonOptions> json, IBoardUserResolver users)
    {
        var (found, target, refused) = await ReadActionAsync(context, board, plan, action, access, BoardActivity.RecordProgress).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        var user = users.Resolve(context.User)!;
        if (!BoardPermissions.MayRecordProgressOn(user, found!, target!))
        {
            return ApiProblems.Forbidden($"You cannot record progress on action {target!.Ref}: it is led by {target.Lead.AgencyName ?? "no agency"}, and you record for {(user.Agencies.Count == 0 ? "no agency" : string.Join(" and ", user.Agencies))}.");
        }
        var (request, unreadable) = await ReadBodyAsync<ProgressRequest>(context, json.Value.SerializerOptions).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }
        var errors = new List<FieldError>();
        if (request!.ExpectedVersion is null)
        {
            errors.Add(new FieldError("expectedVersion", $"Expected the version of the action's history you read (its \"version\", {target!.Version} now), but none was sent"));
        }
        if (request.IdempotencyKey is { Length: > 100 })
        {
            errors.Add(new FieldError("idempotencyKey", "Expected an idempotency key of 100 characters or fewer"));
        }
        var author = Author(context, user, found!, target!, request.RecordedFor, errors);
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "The update was not stored.", new Dictionary<string, object?> { ["version"] = target!.Version });
        }
        var submission = new ProgressSubmission
        {
            ActionRef = target!.Ref,
            ExpectedVersion = request.ExpectedVersion!.Value,
            IdempotencyKey = request.IdempotencyKey,
            AsAt = request.AsAt is { } asAt ? LocalDate.FromDateOnly(asAt) : null,
            Statement = request.Statement,
            Ratings = request.Ratings ?? new Dictionary<string, string?>(),
            AdditionalWork = request.AdditionalWork,
            ImpactSoFar = request.ImpactSoFar,
            MarkedComplete = request.MarkedComplete,
            CompletedOn = request.CompletedOn is { } completed ? LocalDate.FromDateOnly(completed) : null,
            MilestonesMet = [.. (request.MilestonesMet ?? []).Select(LocalDate.FromDateOnly)],
            Corrects = request.Corrects,
            RecordedBy = author!,
            RecordedAt = clock.GetCurrentInstant(),
            Today = widgets.Today(),
        };
        var result = await repository.RecordProgressAsync(found!.Key, submission, context.RequestAborted).ConfigureAwait(false);
        return Answer(context, result);
    }

    private static async Task<IResult> ReviewAsync(HttpContext context, string board, string plan, string action, BoardAccess access,
        IBusinessPlanRepository repository, IClock clock, IOptions<JsonOptions> json, IBoardUserResolver users)
    {
        var (found, target, refused) = await ReadActionAsync(context, board, plan, action, access, BoardActivity.ReviewProgress).ConfigureAwait(false);
        if (refused is not null)
        {
            return refused;
        }
        var (request, unreadable) = await ReadBodyAsync<ReviewRequest>(context, json.Value.SerializerOptions).ConfigureAwait(false);
        if (unreadable is not null)
        {
            return unreadable;
        }
        var errors = new List<FieldError>();
        if (request!.UpdateNumber is null)
        {
            errors.Add(new FieldError("updateNumber", "Expected the number of the update to review"));
        }
        ReviewOutcome outcome = default;
        if (request.Outcome is null || !Enum.TryParse(request.Outcome, ignoreCase: true, out outcome) || !Enum.IsDefined(outcome) || !request.Outcome.All(char.IsAsciiLetter))
        {
            errors.Add(new FieldError("outcome", "Expected \"Accepted\" or \"Returned\""));
        }
        if (errors.Count > 0)
        {
            return ApiProblems.Invalid(errors, "The review was not stored.");
        }
        var user = users.Resolve(context.User)!;
        var result = await repository.ReviewProgressAsync(found!.Key, new ReviewSubmission
        {
            ActionRef = target!.Ref,
            UpdateNumber = request.UpdateNumber!.Value,
            Outcome = outcome,
            Comment = request.Comment is { Length: > 5000 } comment ? comment[..5000] : request.Comment,
            ReviewedBy = UpdateAuthor.For(user),
            ReviewedAt = clock.GetCurrentInstant(),
        }, context.RequestAborted).ConfigureAwait(false);
        return Answer(context, result);
    }

    private static async Task<(BusinessPlan? Plan, PlanAction? Action, IResult? Refusal)> ReadActionAsync(HttpContext context, string board, string plan, string action, BoardAccess access, BoardActivity activity)
    {
        var (found, refused) = await PlanEndpoints.ReadPlanAsync(context, board, plan, access, activity).ConfigureAwait(false);
        if (refused is not null)
        {
            return (null, null, refused);
        }
        var target = found!.FindAction(action);
        return target is null ? (null, null, PlanEndpoints.NoSuchAction(found, action)) : (found, target, null);
    }

    // Who the history shows: a person as themselves (for the lead agency when they act for it, as the
    // form does); an API client as itself, or as one of its people, always with the client's agency.
    private static UpdateAuthor? Author(HttpContext context, BoardUser user, BusinessPlan plan, PlanAction action, PersonRequest? recordedFor, List<FieldError> errors)
    {
        var lead = plan.Board.FindAgency(action.Lead.AgencyName)?.Name;
        var agency = lead is not null && user.Agencies.Any(own => plan.Board.FindAgency(own)?.Name == lead) ? lead : null;
        var author = UpdateAuthor.For(user, agency);
        if (recordedFor is null)
        {
            return author;
        }
        var clientId = context.User.FindFirst(ApiClientAuthenticationHandler.ClientIdClaimType)?.Value;
        if (clientId is null)
        {
            errors.Add(new FieldError("recordedFor", "Only an API client records for its people; a signed-in person records as themselves, so leave it out"));
            return null;
        }
        if (string.IsNullOrWhiteSpace(recordedFor.UserId) || recordedFor.UserId.Length > 200)
        {
            errors.Add(new FieldError("recordedFor.userId", "Expected the person's stable id in your identity provider (1 to 200 characters; never an email address)"));
        }
        if (string.IsNullOrWhiteSpace(recordedFor.DisplayName) || recordedFor.DisplayName.Length > 200)
        {
            errors.Add(new FieldError("recordedFor.displayName", "Expected the name shown beside what the person records (1 to 200 characters)"));
        }
        return errors.Count > 0 ? null : author with { UserId = $"{clientId}:{recordedFor.UserId.Trim()}", DisplayName = recordedFor.DisplayName.Trim() };
    }

    private static IResult Answer(HttpContext context, ProgressRecordingResult result)
    {
        var response = new ProgressResultResponse(
            result.Status.ToString(),
            result.Message,
            result.Version,
            result.Update is { } update ? ApiMapping.Update(update) : null,
            result.Review is { } review ? ApiMapping.Review(review) : null);
        return result.Status switch
        {
            ProgressRecordingStatus.Recorded => TypedResults.Created(context.Request.Path.Value!.TrimEnd('/')[..context.Request.Path.Value!.TrimEnd('/').LastIndexOf('/')], response),
            ProgressRecordingStatus.AlreadyRecorded => TypedResults.Ok(response),
            ProgressRecordingStatus.Conflict => TypedResults.Problem(
                detail: result.Message,
                statusCode: StatusCodes.Status409Conflict,
                title: "Someone recorded progress on this action after you read it.",
                extensions: new Dictionary<string, object?>
                {
                    ["version"] = result.Version,
                    ["recordedSince"] = result.RecordedSince.Select(ApiMapping.Update).ToList(),
                }),
            ProgressRecordingStatus.Invalid => ApiProblems.Invalid(
                result.Errors.Select(error => error with { Field = ApiProblems.JsonField(error.Field) }),
                "Nothing was stored: correct the fields named.",
                new Dictionary<string, object?> { ["version"] = result.Version }),
            _ => ApiProblems.NotFound("There is no such plan, action or update.", result.Message),
        };
    }

    // The body is read here rather than bound, so that a mistake in it is a problem naming the field
    // (its JSON path and line), not a bare 400.
    private static async Task<(T? Body, IResult? Refusal)> ReadBodyAsync<T>(HttpContext context, JsonSerializerOptions options)
        where T : class
    {
        if (!context.Request.HasJsonContentType())
        {
            return (null, TypedResults.Problem(detail: "Send the body as JSON, with Content-Type: application/json.", statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Expected JSON."));
        }
        if (context.Request.ContentLength > MaxBodyBytes)
        {
            return (null, TypedResults.Problem(detail: $"The body is {context.Request.ContentLength} bytes; at most {MaxBodyBytes} are read.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large."));
        }
        try
        {
            using var limited = new MemoryStream();
            await context.Request.Body.CopyToAsync(limited, context.RequestAborted).ConfigureAwait(false);
            if (limited.Length > MaxBodyBytes)
            {
                return (null, TypedResults.Problem(detail: $"At most {MaxBodyBytes} bytes of body are read.", statusCode: StatusCodes.Status413PayloadTooLarge, title: "The body is too large."));
            }
            var body = JsonSerializer.Deserialize<T>(limited.ToArray(), options);
            return body is null
                ? (null, ApiProblems.Invalid([new FieldError("$", "Expected a JSON object, but found null")], "The body could not be read."))
                : (body, null);
        }
        catch (JsonException exception)
        {
            var field = string.IsNullOrEmpty(exception.Path) || exception.Path == "$" ? "$" : exception.Path.TrimStart('$', '.');
            var line = exception.LineNumber is { } number ? $" (line {number + 1})" : string.Empty;
            return (null, ApiProblems.Invalid([new FieldError(field, $"Expected {Expected(field)}{line}, but the value sent could not be read as that")], "The body could not be read."));
        }
    }

    private static string Expected(string field) => field switch
    {
        "asAt" or "completedOn" => "a date written yyyy-MM-dd, such as 2014-11-30",
        _ when field.StartsWith("milestonesMet", StringComparison.Ordinal) => "a list of dates written yyyy-MM-dd",
        "expectedVersion" or "corrects" or "updateNumber" => "a whole number",
        "markedComplete" => "true or false",
        _ when field.StartsWith("ratings", StringComparison.Ordinal) => "an object of level codes by dimension id, such as {\"completion\": \"A\"}",
        "$" => "a JSON object",
        _ => "a value of the documented type",
    };
}
