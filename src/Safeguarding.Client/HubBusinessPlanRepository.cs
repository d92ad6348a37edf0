using System.Globalization;
using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using NodaTime.Text;
using Polly;
using Safeguarding.Domain;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;

namespace Safeguarding.Client;

/// <summary>
/// The board hub's plans as an <see cref="IBusinessPlanRepository"/>: the widgets of a partner's
/// intranet show the hub's live data and record progress to it, through its API as this intranet's
/// API client. A plan is read whole (the plan file, with its history) and kept for
/// <see cref="SafeguardingHubClientOptions.FreshFor"/>, then asked again with its ETag. When the hub
/// cannot be reached, reads throw <see cref="BusinessPlanStoreUnavailableException"/>, which the
/// widgets show in words in their place.
/// </summary>
/// <remarks>
/// Recording sends the person's stable id and name (<see cref="ProgressSubmission.RecordedBy"/>); the
/// hub records them under this client's agency, by the hub's own clock and date. Plans are added on
/// the hub, never through a client.
/// </remarks>
/// <param name="http">The HTTP client the factory made (base address, key, resilience).</param>
/// <param name="cache">The plans kept between requests.</param>
/// <param name="clock">The clock freshness is measured by.</param>
/// <param name="options">Where the hub is, and the board.</param>
public sealed class HubBusinessPlanRepository(HttpClient http, HubPlanCacheHolder cache, IClock clock, IOptions<SafeguardingHubClientOptions> options) : IBusinessPlanRepository
{
    private SafeguardingHubClientOptions Options => options.Value;

    private string BoardPath => $"{Options.ApiPath.TrimEnd('/')}/boards/{Uri.EscapeDataString(Options.Board)}";

    /// <inheritdoc/>
    public async Task<IReadOnlyList<BusinessPlanSummary>> ListAsync(CancellationToken cancellationToken = default)
    {
        using var response = await SendAsync(new HttpRequestMessage(HttpMethod.Get, $"{BoardPath}/plans"), cancellationToken).ConfigureAwait(false);
        EnsureReadable(response);
        var plans = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false))!.AsArray();
        return [.. plans.Select(plan => new BusinessPlanSummary(
            Text(plan, "key")!,
            Text(plan, "title")!,
            Text(plan, "boardName")!,
            new DateInterval(Date(plan, "periodStart")!.Value, Date(plan, "periodEnd")!.Value)))];
    }

    /// <inheritdoc/>
    public async Task<BusinessPlan?> GetAsync(string key, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(key);
        var now = clock.GetCurrentInstant();
        var kept = cache.Plans.Get(key);
        if (kept is not null && now - kept.ReadAt < Duration.FromTimeSpan(Options.FreshFor))
        {
            return kept.Plan;
        }
        var request = new HttpRequestMessage(HttpMethod.Get, $"{BoardPath}/plans/{Uri.EscapeDataString(key)}/file");
        if (kept is not null)
        {
            request.Headers.IfNoneMatch.Add(EntityTagHeaderValue.Parse(kept.ETag));
        }
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        if (response.StatusCode == HttpStatusCode.NotModified && kept is not null)
        {
            cache.Plans.Put(key, kept with { ReadAt = now });
            return kept.Plan;
        }
        if (response.StatusCode == HttpStatusCode.NotFound)
        {
            cache.Plans.Forget(key);
            return null;
        }
        EnsureReadable(response);
        var bytes = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        BusinessPlan plan;
        try
        {
            plan = PlanFileImporter.Import(bytes, key + ".json");
        }
        catch (PlanFileException exception)
        {
            throw new BusinessPlanStoreUnavailableException($"The board's hub sent plan \"{key}\" in a form this intranet cannot read, so it is not shown. Tell the intranet team: the hub and this intranet may need the same version of the Safeguarding packages.", exception);
        }
        cache.Plans.Put(key, new HubPlanCache.CachedPlan(plan, response.Headers.ETag?.ToString() ?? "\"none\"", now));
        return plan;
    }

    /// <summary>Plans are added on the hub, by its business unit; a client cannot add one.</summary>
    /// <param name="plan">The plan.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public Task AddAsync(BusinessPlan plan, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Plans are added on the board hub by the board's business unit, not through a partner's intranet.");

    /// <summary>Plans are revised on the hub, by its business unit; a client cannot revise one.</summary>
    /// <param name="revised">The revised plan.</param>
    /// <param name="expectedRevision">The revision compared with.</param>
    /// <param name="dropActionsWithProgress">Whether dropping actions with progress is allowed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public Task<PlanRevisionResult> ReviseAsync(BusinessPlan revised, int expectedRevision, bool dropActionsWithProgress = false, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Plans are revised on the board hub by the board's business unit, not through a partner's intranet.");

    /// <summary>Plans are archived on the hub, by its business unit; a client cannot archive one.</summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="archivedAt">When.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public Task<bool> ArchiveAsync(string planKey, Instant archivedAt, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Plans are archived on the board hub by the board's business unit, not through a partner's intranet.");

    /// <summary>Plans are reopened on the hub, by its business unit; a client cannot reopen one.</summary>
    /// <param name="planKey">The plan's key.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>Never returns.</returns>
    /// <exception cref="NotSupportedException">Always.</exception>
    public Task<bool> ReopenAsync(string planKey, CancellationToken cancellationToken = default) =>
        throw new NotSupportedException("Plans are reopened on the board hub by the board's business unit, not through a partner's intranet.");

    /// <inheritdoc/>
    public async Task<ProgressRecordingResult> RecordProgressAsync(string planKey, ProgressSubmission submission, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        ArgumentNullException.ThrowIfNull(submission);
        var body = new JsonObject
        {
            ["expectedVersion"] = submission.ExpectedVersion,
            // A key on every submission, so that a retry after a lost answer stores one update.
            ["idempotencyKey"] = submission.IdempotencyKey ?? Guid.NewGuid().ToString("N"),
            ["asAt"] = submission.AsAt is { } asAt ? Iso(asAt) : null,
            ["statement"] = submission.Statement,
            ["ratings"] = new JsonObject(submission.Ratings.Select(rating => KeyValuePair.Create(rating.Key, (JsonNode?)rating.Value))),
            ["additionalWork"] = submission.AdditionalWork,
            ["impactSoFar"] = submission.ImpactSoFar,
            ["markedComplete"] = submission.MarkedComplete,
            ["completedOn"] = submission.CompletedOn is { } completed ? Iso(completed) : null,
            ["milestonesMet"] = new JsonArray([.. submission.MilestonesMet.Select(met => (JsonNode?)Iso(met))]),
            ["corrects"] = submission.Corrects,
            ["recordedFor"] = new JsonObject { ["userId"] = submission.RecordedBy.UserId, ["displayName"] = submission.RecordedBy.DisplayName },
        };
        return await WriteAsync(planKey, $"actions/{Uri.EscapeDataString(submission.ActionRef)}/progress", body, cancellationToken).ConfigureAwait(false);
    }

    /// <inheritdoc/>
    public async Task<ProgressRecordingResult> ReviewProgressAsync(string planKey, ReviewSubmission review, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planKey);
        ArgumentNullException.ThrowIfNull(review);
        var body = new JsonObject { ["updateNumber"] = review.UpdateNumber, ["outcome"] = review.Outcome.ToString(), ["comment"] = review.Comment };
        return await WriteAsync(planKey, $"actions/{Uri.EscapeDataString(review.ActionRef)}/reviews", body, cancellationToken).ConfigureAwait(false);
    }

    private async Task<ProgressRecordingResult> WriteAsync(string planKey, string path, JsonObject body, CancellationToken cancellationToken)
    {
        var plan = await GetAsync(planKey, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            return ProgressRecordingResult.NotFound($"The board's hub has no plan with key \"{planKey}\".");
        }
        var request = new HttpRequestMessage(HttpMethod.Post, $"{BoardPath}/plans/{Uri.EscapeDataString(planKey)}/{path}") { Content = JsonContent.Create(body) };
        using var response = await SendAsync(request, cancellationToken).ConfigureAwait(false);
        // Whatever the answer, the next read asks the hub: the history may have moved on.
        cache.Plans.Forget(planKey);
        var text = await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false);
        var answer = text.Length == 0 ? new JsonObject() : JsonNode.Parse(text)!;
        var version = answer["version"]?.GetValue<int>() ?? 0;
        return response.StatusCode switch
        {
            HttpStatusCode.Created when answer["review"] is { } review => ProgressRecordingResult.Reviewed(Review(review), version),
            HttpStatusCode.Created => ProgressRecordingResult.Recorded(Update(plan, answer["update"]!)),
            HttpStatusCode.OK => ProgressRecordingResult.AlreadyRecorded(Update(plan, answer["update"]!), version),
            HttpStatusCode.Conflict => ProgressRecordingResult.Conflict([.. answer["recordedSince"]!.AsArray().Select(update => Update(plan, update!))], version),
            HttpStatusCode.BadRequest when answer["errors"] is JsonObject errors => ProgressRecordingResult.Invalid(
                [.. errors.SelectMany(error => error.Value!.AsArray().Select(message => new FieldError(FormField(error.Key), message!.GetValue<string>())))], version),
            HttpStatusCode.Forbidden or HttpStatusCode.NotFound => ProgressRecordingResult.NotFound(Text(answer, "detail") ?? "The board's hub refused the update."),
            _ => throw Unavailable(response),
        };
    }

    private async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
    {
        using (request)
        {
            try
            {
                return await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception exception) when (exception is HttpRequestException or ExecutionRejectedException
                || (exception is TaskCanceledException && !cancellationToken.IsCancellationRequested))
            {
                throw new BusinessPlanStoreUnavailableException(
                    "The board's hub could not be reached just now, so the board's plan cannot be shown here. The rest of the page works; try again in a few minutes.", exception);
            }
        }
    }

    private static void EnsureReadable(HttpResponseMessage response)
    {
        if (!response.IsSuccessStatusCode)
        {
            throw Unavailable(response);
        }
    }

    private static BusinessPlanStoreUnavailableException Unavailable(HttpResponseMessage response) => new(response.StatusCode switch
    {
        HttpStatusCode.Unauthorized => "The board's hub did not accept this intranet's key, so the board's plan cannot be shown. Tell the intranet team: the key may have been revoked.",
        HttpStatusCode.Forbidden => "The board's hub does not let this intranet see this board's plans. Tell the intranet team.",
        HttpStatusCode.TooManyRequests => "The board's hub is busy just now, so the board's plan cannot be shown. Try again in a minute.",
        _ => "The board's hub could not answer just now, so the board's plan cannot be shown here. The rest of the page works; try again in a few minutes.",
    });

    private static ProgressUpdate Update(BusinessPlan plan, JsonNode update) => new()
    {
        Number = update["number"]!.GetValue<int>(),
        AsAt = Date(update, "asAt")!.Value,
        Statement = Text(update, "statement"),
        Ratings = [.. update["ratings"]!.AsArray().Select(rating => plan.RagScheme.TryReadRating(Text(rating, "dimension")!, Text(rating, "text")!, out var read, out _) ? read : null).OfType<Domain.Rag.RecordedRating>()],
        MarkedComplete = update["markedComplete"]?.GetValue<bool>() ?? false,
        CompletedOn = Date(update, "completedOn"),
        MilestonesMet = [.. (update["milestonesMet"]?.AsArray() ?? []).Select(met => LocalDatePattern.Iso.Parse(met!.GetValue<string>()).Value)],
        AdditionalWork = Text(update, "additionalWork"),
        ImpactSoFar = Text(update, "impactSoFar"),
        ReportedBy = Text(update, "reportedBy"),
        RecordedBy = update["recordedBy"] is { } author ? Author(author) : null,
        RecordedAt = Moment(update, "recordedAt"),
        Corrects = update["corrects"]?.GetValue<int>(),
    };

    private static ProgressReview Review(JsonNode review) => new()
    {
        UpdateNumber = review["updateNumber"]!.GetValue<int>(),
        Outcome = Enum.Parse<ReviewOutcome>(Text(review, "outcome")!),
        Comment = Text(review, "comment"),
        ReviewedBy = Author(review["reviewedBy"]!),
        ReviewedAt = Moment(review, "reviewedAt")!.Value,
    };

    private static UpdateAuthor Author(JsonNode author) =>
        new(Text(author, "userId")!, Text(author, "displayName")!, Text(author, "agency"), Enum.Parse<BoardRole>(Text(author, "role")!));

    // The hub names fields as its JSON does ("statement", "ratings[completion]"); the forms as the domain does ("Statement").
    private static string FormField(string field) => field.Length == 0 ? field : char.ToUpperInvariant(field[0]) + field[1..];

    private static string? Text(JsonNode? node, string name) => node?[name]?.GetValue<string>();

    private static LocalDate? Date(JsonNode? node, string name) => Text(node, name) is { } text ? LocalDatePattern.Iso.Parse(text).Value : null;

    private static Instant? Moment(JsonNode node, string name) =>
        Text(node, name) is { } text ? Instant.FromDateTimeOffset(DateTimeOffset.Parse(text, CultureInfo.InvariantCulture)) : null;

    private static string Iso(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
