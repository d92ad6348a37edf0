using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Razor.Compilation;
using Microsoft.AspNetCore.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>The sample partner intranet, page by page, as a member of staff gets it.</summary>
public class SampleIntranetTests(SampleIntranetFactory factory) : IClassFixture<SampleIntranetFactory>
{
    private static readonly HtmlParser Parser = new();

    // Plan pages need someone signed in: Herefordshire Council's safeguarding lead, whose intranet it is.
    private async Task<(HttpStatusCode Status, AngleSharp.Html.Dom.IHtmlDocument Document)> GetAsync(string path)
    {
        using var client = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        return (response.StatusCode, Parser.ParseDocument(await response.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task The_levels_of_need_guide_is_kept_for_readers_not_signed_in_and_apart_for_each_signed_in_reader()
    {
        using var anonymous = factory.CreateClient();
        using var first = await anonymous.GetAsync(new Uri("/guides/levels-of-need?indicator=private-fostering", UriKind.Relative));
        using var second = await anonymous.GetAsync(new Uri("/guides/levels-of-need?indicator=private-fostering", UriKind.Relative));
        using var other = await anonymous.GetAsync(new Uri("/guides/levels-of-need?indicator=immediate-danger", UriKind.Relative));
        using var signedIn = await factory.CreateSignedInClientAsync("council.lead@sample.invalid");
        using var signedInFirst = await signedIn.GetAsync(new Uri("/guides/levels-of-need", UriKind.Relative));
        using var again = await signedIn.GetAsync(new Uri("/guides/levels-of-need", UriKind.Relative));

        // The output cache marks what it serves with an Age header; each query is kept apart.
        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age);
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
        Assert.Null(other.Headers.Age);
        Assert.Contains("Immediate danger", await other.Content.ReadAsStringAsync(), StringComparison.OrdinalIgnoreCase);
        // Security headers are on the kept copy too. A signed-in reader is never served the page
        // kept for readers not signed in, but their own page is kept for them.
        Assert.True(second.Headers.Contains("X-Content-Type-Options"));
        Assert.Null(signedInFirst.Headers.Age);
        Assert.Contains("Carys Lloyd", await signedInFirst.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.NotNull(again.Headers.Age);
    }

    [Fact]
    public async Task The_dashboard_shows_the_boards_rag_summary_and_our_actions_due()
    {
        var (status, page) = await GetAsync("/");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("Safeguarding dashboard", page.QuerySelector("h1")!.TextContent);
        var summary = page.QuerySelector("[data-sg-widget=rag-summary]")!;
        Assert.Contains("Red: the worst rating among its 49 actions", summary.TextContent, StringComparison.Ordinal);
        Assert.NotNull(page.QuerySelector("[data-sg-widget=actions-due]"));
    }

    [Fact]
    public async Task The_intranets_own_view_overrides_the_widgets()
    {
        var (_, page) = await GetAsync("/");

        var due = page.QuerySelector("[data-sg-widget=actions-due]")!;
        Assert.Equal("true", due.GetAttribute("data-intranet-override"));
        Assert.Contains("intranet-card", due.ClassList);
    }

    [Fact]
    public async Task Our_actions_are_the_configured_agencys_with_their_derived_ratings()
    {
        var (status, page) = await GetAsync("/our-actions");

        Assert.Equal(HttpStatusCode.OK, status);
        var rows = page.QuerySelectorAll("[data-sg-widget=action-plan] tbody tr");
        var plan = PlanFileImporter.ImportFile(Path.Combine(RepositoryFolders.SeedPlans, "hscb-business-plan-2014-15.json"));
        var ours = new ActionsByLeadAgencySpec("Herefordshire Council").Evaluate(plan.Actions).Select(action => action.Ref);
        Assert.Equal(ours.Order(StringComparer.Ordinal), rows.Select(row => row.QuerySelector("th")!.TextContent.Trim()).Order(StringComparer.Ordinal));
        Assert.Equal(7, rows.Length);
        var overdue = rows.Single(row => row.QuerySelector("th")!.TextContent.Trim() == "4.3.1");
        Assert.Equal("Red", overdue.QuerySelector(".sg-rag__label")!.TextContent);
    }

    [Fact]
    public async Task The_business_plan_shows_every_action_area_and_action()
    {
        var (status, page) = await GetAsync("/business-plan");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(15, page.QuerySelectorAll("[data-sg-widget=action-plan] .sg-action-area").Length);
        Assert.Equal(49, page.QuerySelectorAll("[data-sg-widget=action-plan] tbody tr").Length);
        Assert.Contains("Action area 3.4: Private Fostering", page.Body!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Private Forsteing will be included as a risk factor", page.Body!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_exception_report_takes_its_date_from_the_date_picker()
    {
        var (status, page) = await GetAsync("/exception-report?asAt=2014-10-15&show=all");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("2014-10-15", page.QuerySelector("input#asAt")!.GetAttribute("value"));
        Assert.Equal("Actions due – as at 15 October 2014", page.QuerySelector("[data-sg-widget=exception-report] h2")!.TextContent);
        var captions = page.QuerySelectorAll("caption");
        Assert.Equal("Actions to be completed by the end of October 2014", captions[captions.Length - 1].TextContent);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_refused_with_a_message_and_the_text_kept()
    {
        var (status, page) = await GetAsync("/exception-report?asAt=2014-13-45");

        Assert.Equal(HttpStatusCode.BadRequest, status);
        Assert.Contains("Enter the date as a real date", page.QuerySelector("#asAt-error")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("2014-13-45", page.QuerySelector("input#asAt")!.GetAttribute("value"));
        Assert.Contains("asAt-error", page.QuerySelector("input#asAt")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Null(page.QuerySelector("[data-sg-widget=exception-report]"));
    }

    [Fact]
    public async Task The_embedded_database_is_seeded_on_first_run_and_never_reseeded()
    {
        var database = Path.Combine(Path.GetTempPath(), $"sample-intranet-{Guid.NewGuid():N}.db");
        using (var first = new SampleIntranetFactory { DatabasePath = database })
        {
            using var scope = first.Services.CreateScope();
            var repository = scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>();
            // The four seed plans, and the demonstration plan built from Herefordshire's.
            Assert.Equal(5, (await repository.ListAsync()).Count);
            var recorded = await SampleProgress.RecordCompletedAsync(repository, "4.3.1");
            Assert.Equal(ProgressRecordingStatus.Recorded, recorded.Status);
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        }

        AngleSharp.Html.Dom.IHtmlDocument page;
        try
        {
            using var second = new SampleIntranetFactory { DatabasePath = database };
            using var client = await second.CreateSignedInClientAsync("council.lead@sample.invalid");
            page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/our-actions", UriKind.Relative)));
        }
        finally
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            File.Delete(database);
        }

        var row = page.QuerySelectorAll("[data-sg-widget=action-plan] tbody tr").Single(row => row.QuerySelector("th")!.TextContent.Trim() == "4.3.1");
        Assert.Equal("Complete", row.QuerySelector(".sg-rag__label")!.TextContent);
        Assert.Contains("Review completed.", row.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_levels_of_need_page_works_as_a_plain_form()
    {
        var (status, page) = await GetAsync("/guides/levels-of-need?indicator=significant-harm");

        Assert.Equal(HttpStatusCode.OK, status);
        var form = page.QuerySelector("[data-sg-widget=levels-of-need] form")!;
        Assert.Equal("get", form.GetAttribute("method"));
        Assert.Equal("/guides/levels-of-need", form.GetAttribute("action"));
        Assert.StartsWith("Suggested: Level 4", page.QuerySelector(".sg-result h3")!.TextContent.Trim(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("/guides/private-fostering", "private-fostering-check", null)]
    [InlineData("/guides/lado", "harm-test-check", null)]
    [InlineData("/guides/levels-of-need", "levels-of-need", null)]
    [InlineData("/guides/lado", "lado-timeliness", "board.member@sample.invalid")]
    public async Task Each_practice_guide_page_shows_its_widget_to_anyone_and_the_lado_figures_to_those_allowed(string path, string widget, string? email)
    {
        using var client = email is null ? factory.CreateClient() : await factory.CreateSignedInClientAsync(email);
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        var page = Parser.ParseDocument(await response.Content.ReadAsStringAsync());

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.NotNull(page.QuerySelector($"[data-sg-widget={widget}]"));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("council.lead@sample.invalid")]
    [InlineData("practitioner@sample.invalid")]
    public async Task The_lado_figures_are_not_shown_to_those_not_allowed_aggregates(string? email)
    {
        using var client = email is null ? factory.CreateClient() : await factory.CreateSignedInClientAsync(email);
        var page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/guides/lado", UriKind.Relative)));

        Assert.NotNull(page.QuerySelector("[data-sg-widget=harm-test-check]"));
        Assert.Null(page.QuerySelector("[data-sg-widget=lado-timeliness]"));
    }

    [Fact]
    public async Task The_scorecard_page_shows_the_domestic_abuse_scorecard()
    {
        var (status, page) = await GetAsync("/scorecard");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal(4, page.QuerySelectorAll("[data-sg-widget=scorecard] tbody tr").Length);
    }

    [Fact]
    public async Task The_widgets_stylesheet_is_served_from_the_package()
    {
        using var client = factory.CreateClient();

        using var response = await client.GetAsync(new Uri("/_content/Safeguarding.Widgets/css/safeguarding-widgets.css", UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/css", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("--sg-red", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_widget_class_is_prefixed_so_it_cannot_clash_with_the_hosts()
    {
        using var client = factory.CreateClient();
        var css = await client.GetStringAsync(new Uri("/_content/Safeguarding.Widgets/css/safeguarding-widgets.css", UriKind.Relative));

        var rules = System.Text.RegularExpressions.Regex.Replace(css, @"/\*.*?\*/", string.Empty, System.Text.RegularExpressions.RegexOptions.Singleline);
        var classes = System.Text.RegularExpressions.Regex.Matches(rules, @"\.(-?[_a-zA-Z]+[_a-zA-Z0-9-]*)").Select(match => match.Groups[1].Value).Distinct().ToList();
        Assert.NotEmpty(classes);
        Assert.All(classes, name => Assert.StartsWith("sg-", name, StringComparison.Ordinal));
    }

    [Fact]
    public void Runtime_compilation_is_on_in_development_only()
    {
        using var development = factory.WithWebHostBuilder(builder => builder.UseEnvironment("Development"));

        Assert.Equal("RuntimeViewCompilerProvider", development.Services.GetRequiredService<IViewCompilerProvider>().GetType().Name);
        Assert.NotEqual("RuntimeViewCompilerProvider", factory.Services.GetRequiredService<IViewCompilerProvider>().GetType().Name);
    }
}
