using System.Net;
using Microsoft.Extensions.DependencyInjection;
using NodaTime.Testing;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Client.Tests;

/// <summary>The client against a real hub: the same plans, read once and then only "has it changed?", progress recorded to the hub with the hub's answers, and words when the hub cannot be reached.</summary>
public sealed class HubBusinessPlanRepositoryTests : IAsyncLifetime
{
    private HubHost _hub = null!;
    private ServiceProvider _partner = null!;
    private readonly FakeClock _partnerClock = new(HubHost.Now);
    private readonly List<(HttpMethod Method, string Path, HttpStatusCode Status)> _calls = [];

    public async Task InitializeAsync()
    {
        _hub = await HubHost.StartAsync();
        _partner = Partner(_hub.Keys["council"], _hub.CreateHandler());
    }

    public async Task DisposeAsync()
    {
        await _partner.DisposeAsync();
        await _hub.DisposeAsync();
    }

    [Fact]
    public async Task The_client_lists_and_reads_the_boards_plans_as_the_hub_keeps_them()
    {
        var repository = Repository();

        var plans = await repository.ListAsync();
        var plan = await repository.GetAsync(HubHost.HerefordshirePlan);
        var kept = await _hub.Repository.GetAsync(HubHost.HerefordshirePlan);

        Assert.Equal(
            (await _hub.Repository.ListAsync()).Where(summary => summary.BoardName == "Herefordshire Safeguarding Children Board").Select(summary => summary.Key).Order(),
            plans.Select(summary => summary.Key).Order());
        Assert.Equal(kept!.Actions.Select(action => (action.Ref, action.Version, action.Lead.AgencyName)), plan!.Actions.Select(action => (action.Ref, action.Version, action.Lead.AgencyName)));
        Assert.Null(await repository.GetAsync(HubHost.WestBerkshirePlan));
    }

    [Fact]
    public async Task A_plan_is_read_once_while_fresh_then_only_asked_whether_it_changed()
    {
        await Repository().GetAsync(HubHost.HerefordshirePlan);
        await Repository().GetAsync(HubHost.HerefordshirePlan);
        _partnerClock.Advance(Duration.FromSeconds(11));
        var again = await Repository().GetAsync(HubHost.HerefordshirePlan);

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.NotModified], _calls.Where(call => call.Path.EndsWith("/file", StringComparison.Ordinal)).Select(call => call.Status));
        Assert.NotNull(again);
    }

    [Fact]
    public async Task Progress_recorded_through_the_client_is_stored_on_the_hub_and_read_back_at_once()
    {
        var repository = Repository();
        var plan = await repository.GetAsync(HubHost.HerefordshirePlan);
        var action = plan!.FindAction("2.1.3")!;

        var result = await repository.RecordProgressAsync(plan.Key, Submission(action.Version, "through-client"));
        var again = await repository.RecordProgressAsync(plan.Key, Submission(action.Version, "through-client"));
        var reread = await repository.GetAsync(plan.Key);

        Assert.Equal(ProgressRecordingStatus.Recorded, result.Status);
        Assert.Equal(ProgressRecordingStatus.AlreadyRecorded, again.Status);
        var stored = (await _hub.Repository.GetAsync(plan.Key))!.FindAction("2.1.3")!.Progress[^1];
        Assert.Equal("Carys Lloyd", stored.RecordedBy!.DisplayName);
        Assert.Equal("Herefordshire Council", stored.RecordedBy.Agency);
        Assert.Equal(stored.Number, result.Update!.Number);
        Assert.Equal(stored.Ratings.Select(rating => rating.Text), result.Update.Ratings.Select(rating => rating.Text));
        Assert.Equal(action.Version + 1, reread!.FindAction("2.1.3")!.Version);
    }

    [Fact]
    public async Task A_conflict_and_wrong_fields_come_back_as_the_domains_answers()
    {
        var repository = Repository();
        var plan = await repository.GetAsync(HubHost.HerefordshirePlan);
        var version = plan!.FindAction("2.1.3")!.Version;
        Assert.Equal(ProgressRecordingStatus.Recorded, (await repository.RecordProgressAsync(plan.Key, Submission(version, "first"))).Status);

        var conflict = await repository.RecordProgressAsync(plan.Key, Submission(version, "second"));
        var invalid = await repository.RecordProgressAsync(plan.Key, Submission(version + 1, "third") with { Statement = " " });

        Assert.Equal(ProgressRecordingStatus.Conflict, conflict.Status);
        Assert.Equal("Carys Lloyd", Assert.Single(conflict.RecordedSince).RecordedBy!.DisplayName);
        Assert.Equal(ProgressRecordingStatus.Invalid, invalid.Status);
        Assert.Equal("Statement", Assert.Single(invalid.Errors).Field);
    }

    [Fact]
    public async Task An_action_another_agency_leads_is_refused_by_the_hub_in_words()
    {
        await using var nhs = Partner(_hub.Keys["wye-valley"], _hub.CreateHandler());
        var repository = nhs.CreateScope().ServiceProvider.GetRequiredService<IBusinessPlanRepository>();
        var plan = await repository.GetAsync(HubHost.HerefordshirePlan);

        var result = await repository.RecordProgressAsync(plan!.Key, Submission(plan.FindAction("2.1.3")!.Version, "not-ours"));

        Assert.Equal(ProgressRecordingStatus.NotFound, result.Status);
        Assert.Contains("you record for Wye Valley NHS Trust", result.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_hub_that_cannot_be_reached_is_said_in_words()
    {
        await using var partner = Partner(_hub.Keys["council"], handler: null, address: new Uri("http://127.0.0.1:9/"), timeout: TimeSpan.FromSeconds(3));
        var repository = partner.CreateScope().ServiceProvider.GetRequiredService<IBusinessPlanRepository>();

        var error = await Assert.ThrowsAsync<BusinessPlanStoreUnavailableException>(() => repository.GetAsync(HubHost.HerefordshirePlan));

        Assert.Contains("could not be reached just now", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revoked_key_is_said_in_words()
    {
        await using var partner = Partner(_hub.Keys["revoked"], _hub.CreateHandler());
        var repository = partner.CreateScope().ServiceProvider.GetRequiredService<IBusinessPlanRepository>();

        var error = await Assert.ThrowsAsync<BusinessPlanStoreUnavailableException>(() => repository.ListAsync());

        Assert.Contains("did not accept this intranet's key", error.Message, StringComparison.Ordinal);
    }

    private IBusinessPlanRepository Repository() => _partner.CreateScope().ServiceProvider.GetRequiredService<IBusinessPlanRepository>();

    private static ProgressSubmission Submission(int version, string key) => new()
    {
        ActionRef = "2.1.3",
        ExpectedVersion = version,
        IdempotencyKey = key,
        AsAt = new LocalDate(2014, 11, 30),
        Statement = "Conference decision-making plan agreed.",
        Ratings = new Dictionary<string, string?> { ["process"] = "G", ["completion"] = "A" },
        RecordedBy = new UpdateAuthor("carys-42", "Carys Lloyd", "Herefordshire Council", BoardRole.AgencyLead),
        RecordedAt = HubHost.Now,
        Today = new LocalDate(2014, 11, 30),
    };

    private ServiceProvider Partner(string key, HttpMessageHandler? handler, Uri? address = null, TimeSpan? timeout = null)
    {
        var services = new ServiceCollection();
        services.AddSingleton<IClock>(_partnerClock);
        var http = services.AddSafeguardingHubClient(options =>
        {
            options.HubAddress = address ?? new Uri("http://localhost/");
            options.Board = HubHost.Herefordshire;
            options.ApiKey = key;
            options.Timeout = timeout ?? TimeSpan.FromSeconds(10);
        });
        http.AddHttpMessageHandler(() => new Recorder(_calls));
        if (handler is not null)
        {
            http.ConfigurePrimaryHttpMessageHandler(() => handler);
        }
        return services.BuildServiceProvider();
    }

    private sealed class Recorder(List<(HttpMethod, string, HttpStatusCode)> calls) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            lock (calls)
            {
                calls.Add((request.Method, request.RequestUri!.AbsolutePath, response.StatusCode));
            }
            return response;
        }
    }
}
