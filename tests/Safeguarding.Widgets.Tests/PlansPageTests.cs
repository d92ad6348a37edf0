using System.Net;
using System.Text;
using System.Text.Json.Nodes;
using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The business unit's plans page in the sample, over HTTP as a browser sends it: upload a plan
/// file, see its problems or the changes, confirm, and archive or reopen a plan. Each test has a
/// database of its own.
/// </summary>
public sealed class PlansPageTests : IDisposable
{
    private const string BusinessUnit = "business.manager@sample.invalid";
    private const string Hscb2014 = "hscb-business-plan-2014-15";
    private static readonly HtmlParser Parser = new();
    private readonly SampleIntranetFactory _factory = new();

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task Next_years_plan_is_checked_shown_and_added_on_confirmation()
    {
        using var client = await _factory.CreateSignedInClientAsync(BusinessUnit);
        var file = PlanFile(file => file["plan"]!["title"] = "HSCB Business Plan 2015-16");

        var preview = await UploadAsync(client, "hscb-business-plan-2015-16.json", file);

        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("No plan has this key: storing the file adds it as a new plan.", preview.Page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Null(await GetPlanAsync("hscb-business-plan-2015-16"));

        using var confirmed = await ConfirmAsync(client, preview.Page);

        Assert.Equal(HttpStatusCode.Redirect, confirmed.StatusCode);
        Assert.Equal("HSCB Business Plan 2015-16", (await GetPlanAsync("hscb-business-plan-2015-16"))!.Title);
        var plans = Parser.ParseDocument(await client.GetStringAsync(new Uri("/plans", UriKind.Relative)));
        Assert.Contains("Added the plan “HSCB Business Plan 2015-16”", plans.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains(plans.QuerySelectorAll("tbody th"), cell => cell.TextContent == "HSCB Business Plan 2015-16");
    }

    [Fact]
    public async Task A_malformed_file_shows_each_problem_with_its_line_and_path_and_stores_nothing()
    {
        using var client = await _factory.CreateSignedInClientAsync(BusinessUnit);
        var before = await GetPlanAsync(Hscb2014);
        var file = PlanFile(file => file["plan"]!["priorities"]![1]!["title"] = null);

        var preview = await UploadAsync(client, $"{Hscb2014}.json", file);

        Assert.Equal(HttpStatusCode.BadRequest, preview.Status);
        Assert.StartsWith("Error: ", preview.Page.Title, StringComparison.Ordinal);
        var row = Assert.Single(preview.Page.QuerySelectorAll("tbody tr").Select(row => row.QuerySelectorAll("td").Select(cell => cell.TextContent.Trim()).ToArray()));
        var lines = file.Split('\n');
        Assert.Contains("\"title\": null", lines[int.Parse(row[0], System.Globalization.CultureInfo.InvariantCulture) - 1], StringComparison.Ordinal);
        Assert.Equal("$.plan.priorities[1].title", row[1]);
        Assert.Equal("expected a value for \"title\", but found null", row[2]);
        Assert.Null(preview.Page.QuerySelector("form[action='/plans/confirm']"));
        Assert.Equal(before!.Title, (await GetPlanAsync(Hscb2014))!.Title);
    }

    [Theory]
    [InlineData("notes.txt", "hello", "Expected a plan file: a .json file")]
    [InlineData("empty.json", "", "Choose a plan file (.json) to upload")]
    [InlineData("not-json.json", "{ \"source\": ", "malformed JSON")]
    public async Task A_file_that_is_not_a_plan_file_is_refused_saying_what_was_expected(string fileName, string content, string expected)
    {
        using var client = await _factory.CreateSignedInClientAsync(BusinessUnit);
        var before = (await ListAsync()).Count;

        var preview = await UploadAsync(client, fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, preview.Status);
        Assert.Contains(expected, preview.Page.Body!.TextContent, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, (await ListAsync()).Count);
    }

    [Theory]
    [InlineData(5_500_000)]
    [InlineData(9_000_000)]
    public async Task A_file_over_the_size_limit_is_refused_saying_so_never_with_a_server_error(int size)
    {
        using var client = await _factory.CreateSignedInClientAsync(BusinessUnit);

        var preview = await UploadAsync(client, "huge-plan.json", new string(' ', size));

        // Over the plan file limit, the page says so; far over it, the form cannot be read and the answer says why in words.
        Assert.True(preview.Status is HttpStatusCode.BadRequest or HttpStatusCode.RequestEntityTooLarge, $"Answered {(int)preview.Status}");
        Assert.Contains("at most 5 MB", preview.Page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_revision_that_drops_an_action_with_recorded_progress_needs_the_drop_chosen_and_keeps_everything_until_then()
    {
        using var client = await _factory.CreateSignedInClientAsync(BusinessUnit);
        await RecordOnAsync("2.1.3");
        var file = PlanFile(file =>
        {
            var area = file["plan"]!["priorities"]!.AsArray().SelectMany(priority => priority!["actionAreas"]!.AsArray())
                .Single(area => area!["actions"]!.AsArray().Any(action => (string?)action!["ref"] == "2.1.3"))!["actions"]!.AsArray();
            area.Remove(area.Single(action => (string?)action!["ref"] == "2.1.3"));
        });

        var preview = await UploadAsync(client, $"{Hscb2014}.json", file);
        Assert.Equal(HttpStatusCode.OK, preview.Status);
        Assert.Contains("Would remove action 2.1.3, which has recorded progress", preview.Page.Body!.TextContent, StringComparison.Ordinal);
        Assert.NotNull(preview.Page.QuerySelector("input#drop-actions[type=checkbox]"));

        using (var refused = await ConfirmAsync(client, preview.Page))
        {
            Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
            var page = Parser.ParseDocument(await refused.Content.ReadAsStringAsync());
            Assert.Contains("Nothing was stored", page.QuerySelector(".intranet-error-summary")!.TextContent, StringComparison.Ordinal);
            Assert.NotNull((await GetPlanAsync(Hscb2014))!.FindAction("2.1.3"));
        }

        using var dropped = await ConfirmAsync(client, preview.Page, drop: true);

        Assert.Equal(HttpStatusCode.Redirect, dropped.StatusCode);
        var after = (await GetPlanAsync(Hscb2014))!;
        Assert.Null(after.FindAction("2.1.3"));
        Assert.Equal(1, after.Revision);
    }

    [Fact]
    public async Task Confirming_changes_seen_before_someone_else_revised_the_plan_stores_nothing_and_shows_the_changes_again()
    {
        using var client = await _factory.CreateSignedInClientAsync(BusinessUnit);
        var mine = PlanFile(file => file["plan"]!["title"] = "Mine");
        var preview = await UploadAsync(client, $"{Hscb2014}.json", mine);
        var theirs = PlanFileImporter.Import(Encoding.UTF8.GetBytes(PlanFile(file => file["plan"]!["title"] = "Theirs")), $"{Hscb2014}.json");
        using (var scope = _factory.Services.CreateScope())
        {
            Assert.Equal(PlanRevisionStatus.Stored, (await scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>().ReviseAsync(theirs, 0)).Status);
        }

        using var conflict = await ConfirmAsync(client, preview.Page);

        Assert.Equal(HttpStatusCode.Conflict, conflict.StatusCode);
        var page = Parser.ParseDocument(await conflict.Content.ReadAsStringAsync());
        Assert.Contains("revised by someone else (revision 1)", page.QuerySelector(".intranet-error-summary")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("1", page.QuerySelector("input[name=expectedRevision]")!.GetAttribute("value"));
        Assert.Equal("Theirs", (await GetPlanAsync(Hscb2014))!.Title);
    }

    [Fact]
    public async Task An_archived_plan_shows_no_progress_form_refuses_a_post_and_takes_progress_again_once_reopened()
    {
        using var client = await _factory.CreateSignedInClientAsync(BusinessUnit);
        var form = Parser.ParseDocument(await client.GetStringAsync(new Uri("/actions/2.1.3", UriKind.Relative)));
        Assert.NotNull(form.QuerySelector("[data-sg-widget=progress-update] form"));

        using (var archived = await PostAsync(client, "/plans/archive", new() { ["key"] = Hscb2014 }))
        {
            Assert.Equal(HttpStatusCode.Redirect, archived.StatusCode);
        }

        var page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/actions/2.1.3", UriKind.Relative)));
        Assert.Null(page.QuerySelector("[data-sg-widget=progress-update] form"));
        Assert.Contains("was archived on", page.QuerySelector("[data-sg-widget=progress-update]")!.TextContent, StringComparison.Ordinal);
        var version = (await GetPlanAsync(Hscb2014))!.FindAction("2.1.3")!.Version;
        using (var refused = await PostFormAsync(client, form))
        {
            Assert.NotEqual(HttpStatusCode.InternalServerError, refused.StatusCode);
        }
        Assert.Equal(version, (await GetPlanAsync(Hscb2014))!.FindAction("2.1.3")!.Version);
        Assert.Contains(await ListAsync(), summary => summary.Key == Hscb2014 && summary.IsArchived);

        using (var reopened = await PostAsync(client, "/plans/reopen", new() { ["key"] = Hscb2014 }))
        {
            Assert.Equal(HttpStatusCode.Redirect, reopened.StatusCode);
        }
        var again = Parser.ParseDocument(await client.GetStringAsync(new Uri("/actions/2.1.3", UriKind.Relative)));
        Assert.NotNull(again.QuerySelector("[data-sg-widget=progress-update] form"));
    }

    private static string PlanFile(Action<JsonNode> change)
    {
        var file = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryFolders.SeedPlans, $"{Hscb2014}.json")))!;
        change(file);
        return file.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    private static async Task<(HttpStatusCode Status, IHtmlDocument Page)> UploadAsync(HttpClient client, string fileName, string content)
    {
        var token = await TokenAsync(client);
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
        };
        var file = new ByteArrayContent(Encoding.UTF8.GetBytes(content));
        file.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        form.Add(file, "PlanFile", fileName);
        using var response = await client.PostAsync(new Uri("/plans/upload", UriKind.Relative), form);
        return (response.StatusCode, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    private static Task<HttpResponseMessage> ConfirmAsync(HttpClient client, IHtmlDocument preview, bool drop = false)
    {
        var form = (IHtmlFormElement)preview.QuerySelector("form[action='/plans/confirm']")!;
        if (drop)
        {
            ((IHtmlInputElement)form.QuerySelector("#drop-actions")!).IsChecked = true;
        }
        return PostFormAsync(client, form);
    }

    // Posts a form's fields as a browser would (the progress form's, when given a page).
    private static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, AngleSharp.Dom.IParentNode page)
    {
        var form = page as IHtmlFormElement ?? (IHtmlFormElement)page.QuerySelector("[data-sg-widget=progress-update] form")!;
        var (action, fields) = ProgressHost.FormFields(form, new Dictionary<string, string>());
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(action, UriKind.Relative), content);
    }

    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        fields["__RequestVerificationToken"] = await TokenAsync(client);
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static async Task<string> TokenAsync(HttpClient client) =>
        Parser.ParseDocument(await client.GetStringAsync(new Uri("/plans", UriKind.Relative)))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;

    private async Task RecordOnAsync(string actionRef)
    {
        using var scope = _factory.Services.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>();
        var plan = (await repository.GetAsync(Hscb2014))!;
        var action = plan.FindAction(actionRef)!;
        var result = await repository.RecordProgressAsync(Hscb2014, new ProgressSubmission
        {
            ActionRef = actionRef,
            ExpectedVersion = action.Version,
            AsAt = new LocalDate(2014, 11, 28),
            Statement = "Recorded before the revision.",
            Ratings = plan.RagScheme.Dimensions.ToDictionary(dimension => dimension.Id, dimension => (string?)dimension.Levels[0].Code),
            RecordedBy = new Safeguarding.Domain.BusinessPlans.UpdateAuthor("bu-1", "Bernie Marsh", null, Safeguarding.Domain.Access.BoardRole.BusinessUnit),
            RecordedAt = Instant.FromUtc(2014, 11, 28, 10, 0),
            Today = new LocalDate(2014, 11, 30),
        });
        Assert.True(result.IsStored, result.Message);
    }

    private async Task<BusinessPlan?> GetPlanAsync(string key)
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>().GetAsync(key);
    }

    private async Task<IReadOnlyList<BusinessPlanSummary>> ListAsync()
    {
        using var scope = _factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>().ListAsync();
    }
}
