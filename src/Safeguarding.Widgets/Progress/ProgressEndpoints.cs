using System.Globalization;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Widgets.Security;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Progress;

/// <summary>
/// The endpoints the progress forms post to. Each checks the antiforgery token and the policies,
/// records through <see cref="IBusinessPlanRepository"/>, and redirects back to the page the form
/// was on (Post/Redirect/Get), carrying what was typed, the errors or the conflict in TempData.
/// </summary>
public static class ProgressEndpoints
{
    private static readonly LocalDatePattern IsoDate = LocalDatePattern.Iso;

    /// <summary>Gets the path the progress form posts to.</summary>
    /// <param name="options">The widgets' options.</param>
    /// <returns>Such as "/safeguarding/progress".</returns>
    public static string RecordPath(SafeguardingWidgetsOptions options) => $"{Preconditions(options).EndpointPath.TrimEnd('/')}/progress";

    /// <summary>Gets the path a review posts to.</summary>
    /// <param name="options">The widgets' options.</param>
    /// <returns>Such as "/safeguarding/progress/review".</returns>
    public static string ReviewPath(SafeguardingWidgetsOptions options) => $"{Preconditions(options).EndpointPath.TrimEnd('/')}/progress/review";

    internal static RouteGroupBuilder Map(IEndpointRouteBuilder endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var options = endpoints.ServiceProvider.GetRequiredService<IOptions<SafeguardingWidgetsOptions>>().Value;
        var group = endpoints.MapGroup(options.EndpointPath.TrimEnd('/'));
        group.MapPost("/progress", RecordAsync).DisableAntiforgery();
        group.MapPost("/progress/review", ReviewAsync).DisableAntiforgery();
        return group;
    }

    internal static int CheckHeadingLevel(int level) =>
        level is >= 1 and <= 6 ? level : throw new ArgumentOutOfRangeException(nameof(level), level, "Expected a heading level from 1 to 6.");

    // The antiforgery check is made here, with the form read once, rather than by the middleware,
    // so that hosts without UseAntiforgery() are protected too.
    private static async Task<IResult> RecordAsync(HttpContext context, IBusinessPlanRepository repository, WidgetViewModelService widgets,
        ProgressWidgetService progress, IAuthorizationService authorization, IBoardUserResolver users, ITempDataDictionaryFactory tempData,
        IAntiforgery antiforgery)
    {
        var (form, user, refusal) = await ReadSignedInFormAsync(context, antiforgery, users).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }
        var plan = await repository.GetAsync(form["plan"].ToString(), context.RequestAborted).ConfigureAwait(false);
        var action = plan?.FindAction(form["action"].ToString());
        if (plan is null || action is null)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such plan or action.",
                detail: "The form named a plan or action that is not kept. Go back to the plan and choose the action again.");
        }
        if (!(await authorization.AuthorizeAsync(context.User, new ProgressTarget(plan, action), SafeguardingPolicies.RecordProgressOnAction).ConfigureAwait(false)).Succeeded)
        {
            return await RefusedAsync(context).ConfigureAwait(false);
        }

        var state = ReadState(form, plan);
        var parseErrors = new List<FieldError>();
        var asAt = ReadDate(state.AsAt, nameof(ProgressSubmission.AsAt), "the as-at date", parseErrors);
        var completedOn = ReadDate(state.CompletedOn, nameof(ProgressSubmission.CompletedOn), "the completion date", parseErrors);
        var milestones = state.MilestonesMet.Select(text => ReadDate(text, nameof(ProgressSubmission.MilestonesMet), "a milestone", parseErrors)).OfType<LocalDate>().ToList();
        int? corrects = null;
        if (!string.IsNullOrWhiteSpace(state.Corrects))
        {
            if (int.TryParse(state.Corrects, NumberStyles.None, CultureInfo.InvariantCulture, out var number))
            {
                corrects = number;
            }
            else
            {
                parseErrors.Add(new FieldError("Corrects", "Choose the update this corrects from the list, or choose that it is a new update"));
            }
        }

        var submission = new ProgressSubmission
        {
            ActionRef = action.Ref,
            ExpectedVersion = state.ExpectedVersion,
            IdempotencyKey = Truncate(form["idempotencyKey"].ToString(), 100),
            AsAt = asAt,
            Statement = state.Statement,
            Ratings = state.Ratings,
            AdditionalWork = state.AdditionalWork,
            ImpactSoFar = state.ImpactSoFar,
            MarkedComplete = state.MarkedComplete,
            CompletedOn = completedOn,
            MilestonesMet = milestones,
            Corrects = corrects,
            RecordedBy = UpdateAuthor.For(user, plan.Board.FindAgency(action.Lead.AgencyName)?.Name is { } lead && user.Agencies.Any(agency => plan.Board.FindAgency(agency)?.Name == lead) ? lead : null),
            RecordedAt = progress.Now(),
            Today = widgets.Today(),
        };
        var result = parseErrors.Count > 0
            ? ProgressRecordingResult.Invalid(parseErrors, action.Version)
            : await repository.RecordProgressAsync(plan.Key, submission, context.RequestAborted).ConfigureAwait(false);

        var data = tempData.GetTempData(context);
        var outcome = result.Status switch
        {
            ProgressRecordingStatus.Recorded or ProgressRecordingStatus.AlreadyRecorded => new ProgressFormState { Stored = true, Message = $"Your update was recorded as update {result.Update!.Number}." },
            ProgressRecordingStatus.Conflict => state with { ConflictSince = state.ExpectedVersion, ExpectedVersion = result.Version, Message = result.Message },
            ProgressRecordingStatus.Invalid => state with { Errors = [.. MergeErrors(parseErrors, result.Errors)], Message = null },
            _ => state with { Errors = [new FieldError("Statement", result.Message)] },
        };
        // What is kept for the form is capped, so an oversized paste cannot overflow the TempData cookie; the error says how long it was.
        ProgressWidgetService.PutState(data, plan.Key, action.Ref, outcome with
        {
            Statement = Truncate(outcome.Statement, ProgressUpdate.MaxStatementLength + 100),
            AdditionalWork = Truncate(outcome.AdditionalWork, ProgressUpdate.MaxNoteLength + 100),
            ImpactSoFar = Truncate(outcome.ImpactSoFar, ProgressUpdate.MaxNoteLength + 100),
        });
        data.Save();
        return Results.Redirect(LocalReturnUrl(form["returnUrl"].ToString()) + "#" + HtmlIds.ProgressForm(action.Ref));
    }

    private static async Task<IResult> ReviewAsync(HttpContext context, IBusinessPlanRepository repository, ProgressWidgetService progress,
        IAuthorizationService authorization, IBoardUserResolver users, ITempDataDictionaryFactory tempData, IAntiforgery antiforgery)
    {
        var (form, user, refusal) = await ReadSignedInFormAsync(context, antiforgery, users).ConfigureAwait(false);
        if (refusal is not null)
        {
            return refusal;
        }
        if (!(await authorization.AuthorizeAsync(context.User, SafeguardingPolicies.ReviewProgress).ConfigureAwait(false)).Succeeded)
        {
            return await RefusedAsync(context).ConfigureAwait(false);
        }
        var planKey = form["plan"].ToString();
        var actionRef = form["action"].ToString();
        var errors = new List<FieldError>();
        if (!int.TryParse(form["update"], NumberStyles.None, CultureInfo.InvariantCulture, out var updateNumber))
        {
            errors.Add(new FieldError("Update", "Choose an update to review"));
        }
        // Exactly one of the form's own values: Enum.TryParse would read "Accepted,Returned" or "1" as Returned.
        var outcome = default(ReviewOutcome);
        if (form["outcome"].Count != 1 || !Enum.GetNames<ReviewOutcome>().Contains(form["outcome"][0], StringComparer.Ordinal)
            || !Enum.TryParse(form["outcome"][0], ignoreCase: false, out outcome))
        {
            errors.Add(new FieldError("Outcome", "Choose whether to accept the update or return it"));
        }
        var result = errors.Count > 0
            ? ProgressRecordingResult.Invalid(errors, 0)
            : await repository.ReviewProgressAsync(planKey, new ReviewSubmission
            {
                ActionRef = actionRef,
                UpdateNumber = updateNumber,
                Outcome = outcome,
                Comment = Truncate(form["comment"].ToString(), 5000),
                ReviewedBy = UpdateAuthor.For(user),
                ReviewedAt = progress.Now(),
            }, context.RequestAborted).ConfigureAwait(false);
        if (result.Status == ProgressRecordingStatus.NotFound)
        {
            return Results.Problem(statusCode: StatusCodes.Status404NotFound, title: "There is no such plan, action or update.", detail: result.Message);
        }
        var data = tempData.GetTempData(context);
        ProgressWidgetService.PutState(data, planKey, actionRef, new ProgressFormState { Errors = [.. result.Errors], Message = result.Message }, ProgressWidgetService.ReviewStateKey);
        data.Save();
        return Results.Redirect(LocalReturnUrl(form["returnUrl"].ToString()) + "#" + HtmlIds.ProgressHistory(actionRef));
    }

    // Every post starts alike: a valid antiforgery token, the form read once, and someone signed in with a board role.
    private static async Task<(IFormCollection Form, BoardUser User, IResult? Refusal)> ReadSignedInFormAsync(HttpContext context, IAntiforgery antiforgery, IBoardUserResolver users)
    {
        if (await RefuseForgeryAsync(context, antiforgery).ConfigureAwait(false) is { } refused)
        {
            return (FormCollection.Empty, null!, refused);
        }
        var form = await context.Request.ReadFormAsync(context.RequestAborted).ConfigureAwait(false);
        var user = users.Resolve(context.User);
        return user is null ? (form, null!, await SignInNeededAsync(context).ConfigureAwait(false)) : (form, user, null);
    }

    // A host with a sign-in scheme challenges (a redirect to its sign-in page); one without answers 401 in words.
    private static async Task<IResult> SignInNeededAsync(HttpContext context) =>
        context.RequestServices.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>() is not { } schemes
        || await schemes.GetDefaultChallengeSchemeAsync().ConfigureAwait(false) is null
            ? Results.Problem(statusCode: StatusCodes.Status401Unauthorized, title: "Sign in to record progress.")
            : Results.Challenge();

    private static async Task<IResult> RefusedAsync(HttpContext context) =>
        context.RequestServices.GetService<Microsoft.AspNetCore.Authentication.IAuthenticationSchemeProvider>() is not { } schemes
        || await schemes.GetDefaultForbidSchemeAsync().ConfigureAwait(false) is null
            ? Results.Problem(statusCode: StatusCodes.Status403Forbidden, title: "You cannot do this.", detail: "Only the board's business unit, and the lead agency's safeguarding lead for its own actions, can record progress; only the business unit can accept or return updates.")
            : Results.Forbid();

    private static async Task<IResult?> RefuseForgeryAsync(HttpContext context, IAntiforgery antiforgery)
    {
        if (!context.Request.HasFormContentType)
        {
            return Results.Problem(statusCode: StatusCodes.Status415UnsupportedMediaType, title: "Expected a form.",
                detail: "Send the progress form as application/x-www-form-urlencoded or multipart/form-data.");
        }
        try
        {
            await antiforgery.ValidateRequestAsync(context).ConfigureAwait(false);
            return null;
        }
        catch (AntiforgeryValidationException)
        {
            return Results.Problem(statusCode: StatusCodes.Status400BadRequest, title: "The form has expired.",
                detail: "The form's security token was missing or out of date. Go back, reload the page and submit the form again.");
        }
    }

    private static ProgressFormState ReadState(IFormCollection form, BusinessPlan plan) => new()
    {
        AsAt = form["AsAt"].ToString(),
        Statement = form["Statement"].ToString(),
        Ratings = plan.RagScheme.Dimensions
            .Select(dimension => (dimension.Id, Value: form[ProgressSubmissionRules.RatingField(dimension.Id)].ToString()))
            .ToDictionary(pair => pair.Id, pair => string.IsNullOrWhiteSpace(pair.Value) ? null : pair.Value.Trim()),
        AdditionalWork = form["AdditionalWork"].ToString(),
        ImpactSoFar = form["ImpactSoFar"].ToString(),
        MarkedComplete = string.Equals(form["MarkedComplete"].ToString(), "true", StringComparison.OrdinalIgnoreCase),
        CompletedOn = form["CompletedOn"].ToString(),
        MilestonesMet = [.. form["MilestonesMet"].Select(value => value ?? string.Empty).Where(value => value.Length > 0).Take(20)],
        Corrects = form["Corrects"].ToString(),
        ExpectedVersion = int.TryParse(form["expectedVersion"], NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : -1,
    };

    private static LocalDate? ReadDate(string? text, string field, string what, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        var parsed = IsoDate.Parse(text.Trim());
        if (parsed.Success)
        {
            return parsed.Value;
        }
        errors.Add(new FieldError(field, $"Enter {what} as a real date, such as 31 October 2026"));
        return null;
    }

    // A field that could not be read says so once: the domain's "enter a date" for the same field is dropped.
    private static IEnumerable<FieldError> MergeErrors(List<FieldError> parseErrors, IReadOnlyList<FieldError> domainErrors) =>
        parseErrors.Concat(domainErrors.Where(error => parseErrors.All(parsed => parsed.Field != error.Field)));

    private static string LocalReturnUrl(string? returnUrl) =>
        returnUrl is { Length: > 0 } url && url[0] == '/' && (url.Length == 1 || (url[1] != '/' && url[1] != '\\')) && !url.Contains('#', StringComparison.Ordinal)
            ? url
            : "/";

    private static string? Truncate(string? text, int length) => text is null || text.Length <= length ? text : text[..length];


    private static SafeguardingWidgetsOptions Preconditions(SafeguardingWidgetsOptions options) => options ?? throw new ArgumentNullException(nameof(options));
}
