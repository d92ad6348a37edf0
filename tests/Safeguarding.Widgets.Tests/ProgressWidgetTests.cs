using System.Net;
using AngleSharp.Html.Dom;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// Recording progress through the widgets, as a person would: open the form, post it, come back
/// to the page (Post/Redirect/Get), and see the update, the errors or the conflict.
/// Herefordshire 2014's action 2.1.3 is led by Herefordshire Council; 1.1.2 by the board (HSCB).
/// </summary>
public class ProgressWidgetTests(ProgressHost host) : IClassFixture<ProgressHost>
{
    private const string Plan = "hscb-business-plan-2014-15";
    private const string CouncilLead = "AgencyLead:Herefordshire Council";

    private static Dictionary<string, string> Valid(string statement) => new()
    {
        ["AsAt"] = "2014-11-28",
        ["Statement"] = statement,
        ["Ratings[process]"] = "G",
        ["Ratings[completion]"] = "A",
    };

    private async Task<PlanAction> ActionAsync(string actionRef) => (await host.Repository.GetAsync(Plan))!.FindAction(actionRef)!;

    private static async Task<IHtmlDocument> FollowAsync(HttpClient client, HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        var location = response.Headers.Location!.OriginalString;
        Assert.StartsWith("/progress-page/", location, StringComparison.Ordinal);
        return await ProgressHost.GetAsync(client, location.Split('#')[0]);
    }

    [Fact]
    public async Task An_agency_lead_records_progress_on_their_agencys_action_and_sees_it_in_the_history()
    {
        using var client = host.ClientFor(CouncilLead);
        var before = (await ActionAsync("2.1.3")).Version;
        var page = await ProgressHost.GetPageAsync(client, Plan, "2.1.3");

        using var response = await ProgressHost.PostFormAsync(client, page, Valid("Action plan agreed at the conference chairs' meeting."));
        Assert.EndsWith("#sg-progress-2-1-3", response.Headers.Location!.OriginalString, StringComparison.Ordinal);
        var after = await FollowAsync(client, response);

        Assert.Contains($"recorded as update {before + 1}", after.QuerySelector("[data-sg-widget=progress-update] [role=status]")!.TextContent, StringComparison.Ordinal);
        var stored = (await ActionAsync("2.1.3")).Progress[^1];
        Assert.Equal("Action plan agreed at the conference chairs' meeting.", stored.Statement);
        Assert.Equal("Herefordshire Council", stored.RecordedBy!.Agency);
        Assert.Equal(SampleIntranetFactory.Now, stored.RecordedAt);
        var history = await ProgressHost.GetAsync(client, $"/progress-history/{Plan}/2.1.3");
        var newest = history.QuerySelector(".sg-timeline__item")!.TextContent;
        Assert.Contains("Action plan agreed at the conference chairs' meeting.", newest, StringComparison.Ordinal);
        Assert.Contains("by Test AgencyLead, Herefordshire Council", newest, StringComparison.Ordinal);
        Assert.Contains("recorded 30 November 2014 at 12:00", newest, StringComparison.Ordinal);
        Assert.Contains("Completion to timescale: Not rated (Not rated) → Amber (Amber) (worse)", newest, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(CouncilLead, "2.1.3", null)]
    [InlineData("BusinessUnit", "1.1.2", null)]
    [InlineData("BusinessUnit", "2.1.3", null)]
    [InlineData(CouncilLead, "1.1.2", "it is led by Herefordshire Safeguarding Children Board, and you record for Herefordshire Council")]
    [InlineData("AgencyLead:HSCB", "2.1.3", "it is led by Herefordshire Council, and you record for HSCB")]
    [InlineData("BoardMember", "2.1.3", "only the board's business unit and the lead agency's safeguarding lead can")]
    [InlineData("Practitioner", "2.1.3", "only the board's business unit and the lead agency's safeguarding lead can")]
    [InlineData("Lado", "2.1.3", "only the board's business unit and the lead agency's safeguarding lead can")]
    [InlineData(null, "2.1.3", "Sign in to record progress on this action.")]
    public async Task The_form_is_shown_only_to_those_who_may_record_on_the_action_and_the_others_are_told_why(string? user, string actionRef, string? refusal)
    {
        using var client = host.ClientFor(user);
        var widget = (await ProgressHost.GetPageAsync(client, Plan, actionRef)).QuerySelector("[data-sg-widget=progress-update]")!;

        if (refusal is null)
        {
            Assert.NotNull(widget.QuerySelector("form"));
            Assert.Null(widget.QuerySelector("[data-sg-refusal]"));
        }
        else
        {
            Assert.Null(widget.QuerySelector("form"));
            Assert.Contains(refusal, widget.QuerySelector("[data-sg-refusal]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(CouncilLead, "1.1.2", HttpStatusCode.Forbidden)]
    [InlineData("BoardMember", "2.1.3", HttpStatusCode.Forbidden)]
    [InlineData("Practitioner", "2.1.3", HttpStatusCode.Forbidden)]
    [InlineData("Lado", "2.1.3", HttpStatusCode.Forbidden)]
    [InlineData("PrivateFosteringOfficer", "2.1.3", HttpStatusCode.Forbidden)]
    [InlineData(null, "2.1.3", HttpStatusCode.Unauthorized)]
    public async Task A_post_from_someone_who_may_not_record_on_the_action_is_refused_and_stores_nothing(string? user, string actionRef, HttpStatusCode expected)
    {
        // The form is taken by someone who may record, then posted by someone who may not, as a forged request would be.
        using var allowed = host.ClientFor("BusinessUnit");
        var page = await ProgressHost.GetPageAsync(allowed, Plan, actionRef);
        var before = (await ActionAsync(actionRef)).Version;
        using var client = host.ClientFor(user);
        // A valid token of their own, as any other form on the host's site would give them: only the policy stands in the way.
        var token = await ProgressHost.AntiforgeryTokenAsync(client);

        using var response = await ProgressHost.PostFormAsync(client, page, new Dictionary<string, string>(Valid("Forged.")) { ["__RequestVerificationToken"] = token });

        Assert.True(expected == response.StatusCode, $"Expected {expected}, but the post answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        Assert.Equal(before, (await ActionAsync(actionRef)).Version);
    }

    [Fact]
    public async Task A_post_without_the_antiforgery_token_is_refused_and_stores_nothing()
    {
        using var client = host.ClientFor("BusinessUnit");
        var page = await ProgressHost.GetPageAsync(client, Plan, "2.1.3");
        var before = (await ActionAsync("2.1.3")).Version;

        using var response = await ProgressHost.PostFormAsync(client, page, new Dictionary<string, string>(Valid("No token.")) { ["__RequestVerificationToken"] = "forged" });

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(before, (await ActionAsync("2.1.3")).Version);
    }

    [Fact]
    public async Task Errors_are_named_per_field_in_an_error_summary_and_the_typed_text_is_kept()
    {
        using var client = host.ClientFor(CouncilLead);
        var page = await ProgressHost.GetPageAsync(client, Plan, "3.1.1");
        var before = (await ActionAsync("3.1.1")).Version;

        using var response = await ProgressHost.PostFormAsync(client, page, new Dictionary<string, string>
        {
            ["AsAt"] = "2014-12-25",
            ["Statement"] = "   ",
            ["AdditionalWork"] = "Scoping workshop booked.",
            ["Ratings[process]"] = "Purple",
            ["Ratings[completion]"] = "G",
            ["MarkedComplete"] = "true",
        });
        var form = (await FollowAsync(client, response)).QuerySelector("[data-sg-widget=progress-update]")!;

        var summary = form.QuerySelector(".sg-form__error")!;
        Assert.Equal("alert", summary.GetAttribute("role"));
        var links = summary.QuerySelectorAll("a").Select(link => (Href: link.GetAttribute("href")!, Text: link.TextContent)).ToList();
        Assert.Contains(links, link => link.Href == "#sg-progress-3-1-1-asat" && link.Text.Contains("today (30 November 2014) or earlier, not 25 December 2014", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Href == "#sg-progress-3-1-1-statement" && link.Text.StartsWith("Enter a progress statement", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Href == "#sg-progress-3-1-1-ratings-process-" && link.Text.Contains("not \"Purple\"", StringComparison.Ordinal));
        Assert.Contains(links, link => link.Href == "#sg-progress-3-1-1-completedon" && link.Text == "Enter the date the action was completed");
        foreach (var (href, _) in links)
        {
            Assert.NotNull(form.QuerySelector(href));
        }
        Assert.Equal("Scoping workshop booked.", form.QuerySelector("#sg-progress-3-1-1-additionalwork")!.TextContent);
        Assert.Equal("2014-12-25", form.QuerySelector("#sg-progress-3-1-1-asat")!.GetAttribute("value"));
        Assert.Contains("sg-progress-3-1-1-asat-error", form.QuerySelector("#sg-progress-3-1-1-asat")!.GetAttribute("aria-describedby"), StringComparison.Ordinal);
        Assert.Equal(before, (await ActionAsync("3.1.1")).Version);
    }

    [Fact]
    public async Task A_date_that_is_not_a_date_is_named_as_such_rather_than_as_missing()
    {
        using var client = host.ClientFor(CouncilLead);
        var page = await ProgressHost.GetPageAsync(client, Plan, "3.1.2");

        using var response = await ProgressHost.PostFormAsync(client, page, new Dictionary<string, string>(Valid("Scoped.")) { ["AsAt"] = "2014-13-45" });
        var errors = (await FollowAsync(client, response)).QuerySelectorAll(".sg-form__error a").Select(link => link.TextContent).ToList();

        Assert.Equal(["Enter the as-at date as a real date, such as 31 October 2026"], errors);
    }

    [Fact]
    public async Task A_conflict_shows_the_other_persons_update_keeps_the_typed_text_and_lets_it_be_recorded_after_reading()
    {
        using var first = host.ClientFor("BusinessUnit");
        using var second = host.ClientFor(CouncilLead);
        var firstPage = await ProgressHost.GetPageAsync(first, Plan, "3.3.1");
        var secondPage = await ProgressHost.GetPageAsync(second, Plan, "3.3.1");
        var before = (await ActionAsync("3.3.1")).Version;

        using (var recorded = await ProgressHost.PostFormAsync(first, firstPage, Valid("Protocol signed by all partners.")))
        {
            Assert.Equal(HttpStatusCode.Redirect, recorded.StatusCode);
        }
        using var conflicted = await ProgressHost.PostFormAsync(second, secondPage, Valid("Draft protocol circulated."));
        var page = await FollowAsync(second, conflicted);

        var conflict = page.QuerySelector("[data-sg-widget=progress-update] .sg-conflict")!;
        Assert.Contains("Test BusinessUnit recorded progress on this action at 2014-11-30 12:00 UTC, after you opened it", conflict.TextContent, StringComparison.Ordinal);
        Assert.Contains("Protocol signed by all partners.", conflict.TextContent, StringComparison.Ordinal);
        Assert.Equal("Draft protocol circulated.", page.QuerySelector("#sg-progress-3-3-1-statement")!.TextContent);
        Assert.Equal(before + 1, (await ActionAsync("3.3.1")).Version);

        using var again = await ProgressHost.PostFormAsync(second, page, new Dictionary<string, string>());
        await FollowAsync(second, again);
        var action = await ActionAsync("3.3.1");
        Assert.Equal(before + 2, action.Version);
        Assert.Equal("Draft protocol circulated.", action.Progress[^1].Statement);
    }

    [Fact]
    public async Task Submitting_the_same_form_twice_stores_one_update_and_tells_the_second_submit_it_was_recorded()
    {
        using var client = host.ClientFor(CouncilLead);
        var page = await ProgressHost.GetPageAsync(client, Plan, "4.4.1");
        var before = (await ActionAsync("4.4.1")).Version;

        using var firstSubmit = await ProgressHost.PostFormAsync(client, page, Valid("Double-clicked."));
        await FollowAsync(client, firstSubmit);
        using var secondSubmit = await ProgressHost.PostFormAsync(client, page, Valid("Double-clicked."));
        var after = await FollowAsync(client, secondSubmit);

        // The second submit carries the same idempotency key: it is told of the update stored, not shown a conflict with itself.
        Assert.Null(after.QuerySelector(".sg-conflict"));
        Assert.Contains($"recorded as update {before + 1}", after.QuerySelector("[role=status]")!.TextContent, StringComparison.Ordinal);
        var action = await ActionAsync("4.4.1");
        Assert.Equal(before + 1, action.Version);
        Assert.Single(action.Progress, update => update.Statement == "Double-clicked.");
    }

    [Fact]
    public async Task Updates_due_names_an_unknown_agency_instead_of_showing_nothing_due()
    {
        using var client = host.ClientFor("BoardMember");

        var widget = (await ProgressHost.GetAsync(client, $"/updates-due/{Plan}?agency=Herefordshire%20Councill")).QuerySelector("[data-sg-widget=updates-due]")!;

        Assert.Contains("The plan has no agency called \"Herefordshire Councill\"", widget.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("Herefordshire Council", widget.QuerySelector("[role=alert]")!.TextContent, StringComparison.Ordinal);
        Assert.Null(widget.QuerySelector("table"));
    }

    [Fact]
    public async Task An_agency_lead_sees_their_own_agencys_returns_and_the_business_unit_sees_escalations()
    {
        using var lead = host.ClientFor(CouncilLead);
        using var businessUnit = host.ClientFor("BusinessUnit");

        var own = (await ProgressHost.GetAsync(lead, $"/updates-due/{Plan}")).QuerySelector("[data-sg-widget=updates-due]")!;
        var all = (await ProgressHost.GetAsync(businessUnit, $"/updates-due/{Plan}")).QuerySelector("[data-sg-widget=updates-due]")!;

        Assert.Equal("Progress returns due: Herefordshire Council", own.QuerySelector("h2")!.TextContent);
        Assert.All(own.QuerySelectorAll("tbody td:nth-child(3)"), cell => Assert.Equal("Herefordshire Council", cell.TextContent));
        Assert.DoesNotContain("Escalations", own.TextContent, StringComparison.Ordinal);
        Assert.Equal("Progress returns due: every agency", all.QuerySelector("h2")!.TextContent);
        Assert.Contains("Escalations", all.QuerySelector("h3")!.TextContent, StringComparison.Ordinal);
        Assert.StartsWith("/progress-page/hscb-business-plan-2014-15/", all.QuerySelector("tbody th a")!.GetAttribute("href"), StringComparison.Ordinal);
    }

}
