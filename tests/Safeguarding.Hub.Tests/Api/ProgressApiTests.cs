using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Safeguarding.Hub.Tests.Support;

namespace Safeguarding.Hub.Tests.Api;

/// <summary>Recording progress through the API gives the progress form's answers: recorded, already recorded, a conflict naming what was recorded since, errors by field.</summary>
public sealed class ProgressApiTests : IAsyncLifetime
{
    private const string Plan = $"/api/boards/{HubHost.Herefordshire}/plans/{HubHost.HerefordshirePlan}";
    private const string Progress = $"{Plan}/actions/2.1.3/progress";

    private HubHost _hub = null!;

    public async Task InitializeAsync() => _hub = await HubHost.StartAsync();

    public async Task DisposeAsync() => await _hub.DisposeAsync();

    [Fact]
    public async Task An_agency_client_records_on_its_own_agencys_action_and_the_ratings_show_it()
    {
        using var council = _hub.ClientWithKey("council");
        var version = await VersionAsync(council);

        using var response = await council.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), Update(version, "first"));

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal("Recorded", body["status"]!.GetValue<string>());
        Assert.Equal(version + 1, body["version"]!.GetValue<int>());
        Assert.Equal("Herefordshire Council", body["update"]!["recordedBy"]!["agency"]!.GetValue<string>());
        Assert.Equal("AgencyLead", body["update"]!["recordedBy"]!["role"]!.GetValue<string>());
        var action = JsonNode.Parse(await council.GetStringAsync(new Uri($"{Plan}/actions/2.1.3?asAt=2014-11-30", UriKind.Relative)))!;
        Assert.Equal("Conference decision-making plan agreed.", action["action"]!["latestProgress"]!["statement"]!.GetValue<string>());
        Assert.Equal(version + 1, action["action"]!["version"]!.GetValue<int>());
    }

    [Fact]
    public async Task The_same_idempotency_key_twice_stores_one_update()
    {
        using var council = _hub.ClientWithKey("council");
        var version = await VersionAsync(council);

        using var first = await council.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), Update(version, "same-key"));
        using var second = await council.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), Update(version, "same-key"));

        Assert.Equal(HttpStatusCode.Created, first.StatusCode);
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        Assert.Equal("AlreadyRecorded", JsonNode.Parse(await second.Content.ReadAsStringAsync())!["status"]!.GetValue<string>());
        Assert.Equal(version + 1, (await _hub.Repository.GetAsync(HubHost.HerefordshirePlan))!.FindAction("2.1.3")!.Version);
    }

    [Fact]
    public async Task A_submission_against_an_older_version_is_a_conflict_naming_what_was_recorded_since()
    {
        using var council = _hub.ClientWithKey("council");
        using var businessUnit = _hub.ClientWithKey("business-unit");
        var version = await VersionAsync(council);
        using var theirs = await businessUnit.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), Update(version, "theirs"));
        Assert.Equal(HttpStatusCode.Created, theirs.StatusCode);

        using var mine = await council.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), Update(version, "mine"));

        Assert.Equal(HttpStatusCode.Conflict, mine.StatusCode);
        Assert.Equal("application/problem+json", mine.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(await mine.Content.ReadAsStringAsync())!;
        Assert.Equal(version + 1, problem["version"]!.GetValue<int>());
        var since = Assert.Single(problem["recordedSince"]!.AsArray());
        Assert.Equal("Board business unit", since!["recordedBy"]!["displayName"]!.GetValue<string>());
        Assert.Contains("after you opened it", problem["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(version + 1, (await _hub.Repository.GetAsync(HubHost.HerefordshirePlan))!.FindAction("2.1.3")!.Version);
    }

    [Fact]
    public async Task Wrong_fields_come_back_as_a_validation_problem_naming_each_and_nothing_is_stored()
    {
        using var council = _hub.ClientWithKey("council");
        var version = await VersionAsync(council);

        using var response = await council.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), new
        {
            expectedVersion = version,
            asAt = "2014-12-25",
            statement = " ",
            ratings = new Dictionary<string, string> { ["process"] = "PURPLE" },
        });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject();
        Assert.Contains("statement", errors.Select(error => error.Key));
        Assert.Contains("asAt", errors.Select(error => error.Key));
        Assert.Contains(errors, error => error.Key.StartsWith("ratings[process]", StringComparison.Ordinal));
        Assert.Equal(version, (await _hub.Repository.GetAsync(HubHost.HerefordshirePlan))!.FindAction("2.1.3")!.Version);
    }

    [Theory]
    [InlineData("{\"expectedVersion\": 0, \"asAt\": \"30/11/2014\"}", "asAt", "yyyy-MM-dd")]
    [InlineData("{\"expectedVersion\": \"three\"}", "expectedVersion", "whole number")]
    [InlineData("{\"expectedVersion\": 0, \"ratings\": [\"G\"]}", "ratings", "object of level codes")]
    [InlineData("{\"expectedVersion\": 0,", "$", "JSON")]
    public async Task A_body_that_cannot_be_read_is_a_problem_naming_the_field(string json, string field, string expected)
    {
        using var council = _hub.ClientWithKey("council");
        using var content = new StringContent(json, Encoding.UTF8, "application/json");

        using var response = await council.PostAsync(new Uri(Progress, UriKind.Relative), content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var messages = problem["errors"]!.AsObject().Single();
        Assert.StartsWith(field, messages.Key, StringComparison.Ordinal);
        Assert.Contains(expected, messages.Value!.AsArray().Single()!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_form_post_is_refused_as_the_wrong_media_type()
    {
        using var council = _hub.ClientWithKey("council");
        using var form = new FormUrlEncodedContent(new Dictionary<string, string> { ["Statement"] = "x" });

        using var response = await council.PostAsync(new Uri(Progress, UriKind.Relative), form);

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
    }

    [Fact]
    public async Task An_agency_client_cannot_record_on_an_action_another_agency_leads()
    {
        using var wyeValley = _hub.ClientWithKey("wye-valley");
        var version = await VersionAsync(wyeValley);

        using var response = await wyeValley.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), Update(version, "not-ours"));

        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
        Assert.Contains("led by Herefordshire Council, and you record for Wye Valley NHS Trust", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(version, (await _hub.Repository.GetAsync(HubHost.HerefordshirePlan))!.FindAction("2.1.3")!.Version);
    }

    [Fact]
    public async Task A_client_records_for_one_of_its_people_under_its_own_agency()
    {
        using var council = _hub.ClientWithKey("council");
        var version = await VersionAsync(council);
        var update = Update(version, "for-carys");
        update["recordedFor"] = new JsonObject { ["userId"] = "carys-42", ["displayName"] = "Carys Lloyd" };

        using var response = await council.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), update);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var stored = (await _hub.Repository.GetAsync(HubHost.HerefordshirePlan))!.FindAction("2.1.3")!.Progress[^1];
        Assert.Equal("Carys Lloyd", stored.RecordedBy!.DisplayName);
        Assert.Equal("Herefordshire Council", stored.RecordedBy.Agency);
        Assert.EndsWith(":carys-42", stored.RecordedBy.UserId, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_person_signed_in_with_a_token_cannot_record_in_someone_elses_name()
    {
        using var lead = _hub.ClientWithToken(HubHost.Token(HubHost.HerefordshireIssuer, Domain.Access.BoardRole.AgencyLead, "Herefordshire Council"));
        var version = await VersionAsync(lead);
        var update = Update(version, "impersonate");
        update["recordedFor"] = new JsonObject { ["userId"] = "someone-else", ["displayName"] = "Someone Else" };

        using var response = await lead.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), update);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("recordedFor", JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(error => error.Key));
    }

    [Fact]
    public async Task Ratings_as_it_stood_on_an_instant_leave_out_what_was_recorded_later()
    {
        using var council = _hub.ClientWithKey("council");
        var before = HubHost.Now.Minus(Duration.FromMinutes(1));
        using var recorded = await council.PostAsJsonAsync(new Uri(Progress, UriKind.Relative), Update(await VersionAsync(council), "later"));
        Assert.Equal(HttpStatusCode.Created, recorded.StatusCode);

        var now = JsonNode.Parse(await council.GetStringAsync(new Uri($"{Plan}/actions/2.1.3?asAt=2014-11-30", UriKind.Relative)))!;
        var then = JsonNode.Parse(await council.GetStringAsync(new Uri($"{Plan}/actions/2.1.3?asAt=2014-11-30&asItStoodOn={before:uuuu-MM-ddTHH:mm:ss'Z'}", UriKind.Relative)))!;

        Assert.Equal(now["progress"]!.AsArray().Count - 1, then["progress"]!.AsArray().Count);
        Assert.NotEqual(now["action"]!["latestProgress"]?["statement"]?.GetValue<string>(), then["action"]!["latestProgress"]?["statement"]?.GetValue<string>());
    }

    [Theory]
    [InlineData("actions?asAt=2014-13-45", "asAt")]
    [InlineData("actions?asItStoodOn=yesterday", "asItStoodOn")]
    [InlineData("actions?agency=Nobody%20Council", "agency")]
    [InlineData("exception-report?mode=sometimes", "mode")]
    public async Task A_query_mistake_is_a_problem_naming_the_parameter(string query, string parameter)
    {
        using var council = _hub.ClientWithKey("council");

        using var response = await council.GetAsync(new Uri($"{Plan}/{query}", UriKind.Relative));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal([parameter], JsonNode.Parse(await response.Content.ReadAsStringAsync())!["errors"]!.AsObject().Select(error => error.Key));
    }

    private static async Task<int> VersionAsync(HttpClient client) =>
        JsonNode.Parse(await client.GetStringAsync(new Uri($"{Plan}/actions/2.1.3", UriKind.Relative)))!["action"]!["version"]!.GetValue<int>();

    private static JsonObject Update(int version, string key) => new()
    {
        ["expectedVersion"] = version,
        ["idempotencyKey"] = key,
        ["asAt"] = "2014-11-30",
        ["statement"] = "Conference decision-making plan agreed.",
        ["ratings"] = new JsonObject { ["process"] = "G", ["completion"] = "A" },
    };
}
