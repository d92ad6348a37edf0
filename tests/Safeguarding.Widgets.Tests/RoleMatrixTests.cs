using System.Net;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.DependencyInjection;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// Who may do what, over HTTP against the sample intranet: every page, widget action and endpoint
/// × every role (DESIGN.md "Progress and permissions"). Refused means a sign-in challenge, a 403
/// (or the access-denied page), or a widget that says why instead of showing the form; a refused
/// write stores nothing. Herefordshire 2014's 2.1.3 is led by Herefordshire Council, 1.1.2 by the board (HSCB).
/// </summary>
public class RoleMatrixTests(SampleIntranetFactory factory) : IClassFixture<SampleIntranetFactory>
{
    private const string Plan = "hscb-business-plan-2014-15";
    private static readonly HtmlParser Parser = new();

    public enum Outcome
    {
        Allowed,
        SignIn,
        Refused,
    }

    // The users: the sample's demonstration users, and "" for nobody signed in.
    private const string Anonymous = "";
    private const string BusinessUnit = "business.manager@sample.invalid";
    private const string CouncilLead = "council.lead@sample.invalid";
    private const string BoardLead = "hscb.lead@sample.invalid";
    private const string BoardMember = "board.member@sample.invalid";
    private const string Lado = "lado@sample.invalid";
    private const string Practitioner = "practitioner@sample.invalid";
    private const string PrivateFostering = "private.fostering@sample.invalid";

    private static readonly string[] Everyone = [Anonymous, BusinessUnit, CouncilLead, BoardLead, BoardMember, Lado, Practitioner, PrivateFostering];

    public static TheoryData<string, string> Pages()
    {
        var data = new TheoryData<string, string>();
        foreach (var user in Everyone)
        {
            foreach (var path in (string[])["/", "/our-actions", "/business-plan", "/exception-report", "/scorecard", "/progress-returns", "/actions/2.1.3", "/guides/levels-of-need", "/guides/private-fostering", "/guides/lado"])
            {
                data.Add(user, path);
            }
        }
        return data;
    }

    [Theory]
    [MemberData(nameof(Pages))]
    public async Task Plan_pages_are_for_signed_in_staff_and_practice_guides_for_everyone(string user, string path)
    {
        var expected = path.StartsWith("/guides/", StringComparison.Ordinal) || user != Anonymous ? Outcome.Allowed : Outcome.SignIn;
        using var client = await ClientAsync(user);

        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

        Assert.Equal(expected, Classify(response));
    }

    [Theory]
    [InlineData(Anonymous, "", "")]
    [InlineData(BusinessUnit, "2.1.3", "1.1.2")]
    [InlineData(CouncilLead, "2.1.3", "")]
    [InlineData(BoardLead, "1.1.2", "")]
    [InlineData(BoardMember, "", "")]
    [InlineData(Lado, "", "")]
    [InlineData(Practitioner, "", "")]
    [InlineData(PrivateFostering, "", "")]
    public async Task The_progress_form_is_shown_only_on_actions_the_user_may_record_on(string user, string first, string second)
    {
        string[] allowed = [.. new[] { first, second }.Where(actionRef => actionRef.Length > 0)];
        using var client = await ClientAsync(user);
        foreach (var actionRef in (string[])["2.1.3", "1.1.2"])
        {
            using var response = await client.GetAsync(new Uri($"/actions/{actionRef}", UriKind.Relative));
            if (user == Anonymous)
            {
                Assert.Equal(Outcome.SignIn, Classify(response));
                continue;
            }
            var widget = Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector("[data-sg-widget=progress-update]")!;
            Assert.Equal(allowed.Contains(actionRef), widget.QuerySelector("form") is not null);
            Assert.Equal(!allowed.Contains(actionRef), widget.QuerySelector("[data-sg-refusal]") is not null);
        }
    }

    [Theory]
    [InlineData(Anonymous, Outcome.SignIn, Outcome.SignIn)]
    [InlineData(BusinessUnit, Outcome.Allowed, Outcome.Allowed)]
    [InlineData(CouncilLead, Outcome.Allowed, Outcome.Refused)]
    [InlineData(BoardLead, Outcome.Refused, Outcome.Allowed)]
    [InlineData(BoardMember, Outcome.Refused, Outcome.Refused)]
    [InlineData(Lado, Outcome.Refused, Outcome.Refused)]
    [InlineData(Practitioner, Outcome.Refused, Outcome.Refused)]
    [InlineData(PrivateFostering, Outcome.Refused, Outcome.Refused)]
    public async Task Recording_progress_is_for_the_business_unit_and_the_lead_agencys_lead_and_a_refused_post_stores_nothing(string user, Outcome onCouncilAction, Outcome onBoardAction)
    {
        using var client = await ClientAsync(user);
        foreach (var (actionRef, expected) in new[] { ("2.1.3", onCouncilAction), ("1.1.2", onBoardAction) })
        {
            var before = await VersionAsync(actionRef);

            using var response = await PostAsync(client, "/safeguarding/progress", new()
            {
                ["plan"] = Plan,
                ["action"] = actionRef,
                ["expectedVersion"] = before.ToString(System.Globalization.CultureInfo.InvariantCulture),
                ["idempotencyKey"] = Guid.NewGuid().ToString("N"),
                ["returnUrl"] = $"/actions/{actionRef}",
                ["AsAt"] = "2014-11-30",
                ["Statement"] = $"Recorded by {(user.Length == 0 ? "nobody" : user)}.",
                ["Ratings[process]"] = "G",
                ["Ratings[completion]"] = "G",
            });

            Assert.Equal(expected, Classify(response));
            Assert.Equal(expected == Outcome.Allowed ? before + 1 : before, await VersionAsync(actionRef));
        }
    }

    [Theory]
    [InlineData("Accepted,Returned")]
    [InlineData("1")]
    [InlineData("returned")]
    public async Task A_review_outcome_that_is_not_exactly_one_of_the_forms_values_stores_nothing(string outcome)
    {
        using var client = await ClientAsync(BusinessUnit);
        var before = await ReviewCountAsync("2.1.3");

        using var response = await PostAsync(client, "/safeguarding/progress/review", new()
        {
            ["plan"] = Plan,
            ["action"] = "2.1.3",
            ["update"] = "1",
            ["outcome"] = outcome,
            ["comment"] = "Please say what the action plan covers.",
            ["returnUrl"] = "/actions/2.1.3",
        });

        Assert.NotEqual(HttpStatusCode.InternalServerError, response.StatusCode);
        Assert.Equal(before, await ReviewCountAsync("2.1.3"));
    }

    [Theory]
    [InlineData(Anonymous, Outcome.SignIn)]
    [InlineData(BusinessUnit, Outcome.Allowed)]
    [InlineData(CouncilLead, Outcome.Refused)]
    [InlineData(BoardLead, Outcome.Refused)]
    [InlineData(BoardMember, Outcome.Refused)]
    [InlineData(Lado, Outcome.Refused)]
    [InlineData(Practitioner, Outcome.Refused)]
    [InlineData(PrivateFostering, Outcome.Refused)]
    public async Task Accepting_or_returning_an_update_is_for_the_business_unit_only(string user, Outcome expected)
    {
        using var client = await ClientAsync(user);
        var before = await ReviewCountAsync("2.1.3");

        using var response = await PostAsync(client, "/safeguarding/progress/review", new()
        {
            ["plan"] = Plan,
            ["action"] = "2.1.3",
            ["update"] = "1",
            ["outcome"] = "Returned",
            ["comment"] = "Please say what the action plan covers.",
            ["returnUrl"] = "/actions/2.1.3",
        });

        Assert.Equal(expected, Classify(response));
        Assert.Equal(expected == Outcome.Allowed ? before + 1 : before, await ReviewCountAsync("2.1.3"));
    }

    [Theory]
    [InlineData(Anonymous, Outcome.SignIn)]
    [InlineData(BusinessUnit, Outcome.Allowed)]
    [InlineData(CouncilLead, Outcome.Refused)]
    [InlineData(BoardLead, Outcome.Refused)]
    [InlineData(BoardMember, Outcome.Refused)]
    [InlineData(Lado, Outcome.Refused)]
    [InlineData(Practitioner, Outcome.Refused)]
    [InlineData(PrivateFostering, Outcome.Refused)]
    public async Task Managing_plans_uploading_archiving_and_reopening_is_for_the_business_unit_only_and_a_refused_post_changes_nothing(string user, Outcome expected)
    {
        using var client = await ClientAsync(user);

        using (var page = await client.GetAsync(new Uri("/plans", UriKind.Relative)))
        {
            Assert.Equal(expected, Classify(page));
        }
        using (var upload = await PostAsync(client, "/plans/upload", []))
        {
            // Allowed, the empty upload is answered with the form's own error; refused, with the policy's answer.
            Assert.Equal(expected, upload.StatusCode == HttpStatusCode.BadRequest ? Outcome.Allowed : Classify(upload));
        }
        using (var archive = await PostAsync(client, "/plans/archive", new() { ["key"] = Plan }))
        {
            Assert.Equal(expected, Classify(archive));
        }
        using var scope = factory.Services.CreateScope();
        var repository = scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>();
        Assert.Equal(expected == Outcome.Allowed, (await repository.GetAsync(Plan))!.IsArchived);
        using (var reopen = await PostAsync(client, "/plans/reopen", new() { ["key"] = Plan }))
        {
            Assert.Equal(expected, Classify(reopen));
        }
        // The business unit reopens what it archived; nobody else changed anything.
        Assert.False((await repository.GetAsync(Plan))!.IsArchived);
    }

    [Theory]
    [InlineData(Anonymous, false)]
    [InlineData(BusinessUnit, true)]
    [InlineData(CouncilLead, false)]
    [InlineData(BoardLead, false)]
    [InlineData(BoardMember, true)]
    [InlineData(Lado, true)]
    [InlineData(Practitioner, false)]
    [InlineData(PrivateFostering, false)]
    public async Task The_lado_aggregates_are_shown_to_the_business_unit_board_members_and_the_lado(string user, bool shown)
    {
        using var client = await ClientAsync(user);

        var page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/guides/lado", UriKind.Relative)));

        Assert.Equal(shown, page.QuerySelector("[data-sg-widget=lado-timeliness]") is not null);
    }

    [Theory]
    [InlineData(Anonymous)]
    [InlineData(BusinessUnit)]
    [InlineData(CouncilLead)]
    [InlineData(BoardLead)]
    [InlineData(BoardMember)]
    [InlineData(Lado)]
    [InlineData(Practitioner)]
    [InlineData(PrivateFostering)]
    public async Task Everyone_may_post_facts_to_the_checkers_and_a_post_without_the_token_is_refused(string user)
    {
        using var client = await ClientAsync(user);
        foreach (var (path, fields, conclusion) in new (string, Dictionary<string, string>, string)[]
        {
            ("/guides/private-fostering", new() { ["sg-check"] = "private-fostering", ["age"] = "15", ["carer"] = "Cousin", ["setting"] = "CarersHome", ["daysSoFar"] = "40" }, "This is private fostering."),
            ("/guides/lado", new() { ["sg-check"] = "harm-test", ["allegationDate"] = "2026-11-23", ["limb"] = "1" }, "This meets the harm test."),
        })
        {
            using var unsigned = new FormUrlEncodedContent(fields);
            using var forged = await client.PostAsync(new Uri(path, UriKind.Relative), unsigned);
            using var response = await PostAsync(client, path, fields);

            Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Equal(conclusion, Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelector(".sg-result h3")!.TextContent.Trim());
        }
    }

    // The case registers' pages (issue 11): the LADO's cases for the LADO only, the LADO's figures for
    // the business unit, board members and the LADO, visits due for the private fostering officer. A
    // refusal reads no case, so the access log gains nothing; an allowed page logs each case it shows.
    [Theory]
    [InlineData(Anonymous, Outcome.SignIn, Outcome.SignIn, Outcome.SignIn)]
    [InlineData(BusinessUnit, Outcome.Refused, Outcome.Allowed, Outcome.Refused)]
    [InlineData(CouncilLead, Outcome.Refused, Outcome.Refused, Outcome.Refused)]
    [InlineData(BoardLead, Outcome.Refused, Outcome.Refused, Outcome.Refused)]
    [InlineData(BoardMember, Outcome.Refused, Outcome.Allowed, Outcome.Refused)]
    [InlineData(Lado, Outcome.Allowed, Outcome.Allowed, Outcome.Refused)]
    [InlineData(Practitioner, Outcome.Refused, Outcome.Refused, Outcome.Refused)]
    [InlineData(PrivateFostering, Outcome.Refused, Outcome.Refused, Outcome.Allowed)]
    public async Task Case_records_are_for_the_LADO_and_the_private_fostering_officer_and_only_what_they_are_shown_is_logged(string user, Outcome cases, Outcome figures, Outcome visitsDue)
    {
        using var client = await ClientAsync(user);
        foreach (var (path, expected, register) in new (string, Outcome, CaseRegister)[]
        {
            ("/lado/cases", cases, CaseRegister.Allegations),
            ("/lado/figures", figures, CaseRegister.Allegations),
            ("/private-fostering/visits-due", visitsDue, CaseRegister.PrivateFostering),
        })
        {
            var before = await AccessLogAsync(register);

            using var response = await client.GetAsync(new Uri(path, UriKind.Relative));

            Assert.Equal(expected, Classify(response));
            var added = (await AccessLogAsync(register)).Skip(before.Count).ToList();
            var shown = expected == Outcome.Allowed
                ? Parser.ParseDocument(await response.Content.ReadAsStringAsync()).QuerySelectorAll("[data-sg-widget] tbody th[scope=row]").Select(cell => cell.TextContent.Trim()).ToHashSet()
                : [];
            // Figures name no case; a list logs exactly the cases it shows, as read by this user.
            Assert.Equal(shown.Order(StringComparer.Ordinal), added.Select(entry => entry.Reference.Value).Order(StringComparer.Ordinal));
            Assert.All(added, entry => Assert.Equal(CaseAccessKind.Read, entry.Kind));
            Assert.Equal(path == "/lado/figures" || expected != Outcome.Allowed, added.Count == 0);
        }
    }

    [Theory]
    [InlineData(Anonymous, Outcome.SignIn)]
    [InlineData(BusinessUnit, Outcome.Refused)]
    [InlineData(CouncilLead, Outcome.Refused)]
    [InlineData(BoardLead, Outcome.Refused)]
    [InlineData(BoardMember, Outcome.Refused)]
    [InlineData(Lado, Outcome.Allowed)]
    [InlineData(Practitioner, Outcome.Refused)]
    [InlineData(PrivateFostering, Outcome.Refused)]
    public async Task Importing_the_LADOs_spreadsheet_is_for_the_LADO_only(string user, Outcome expected)
    {
        using var client = await ClientAsync(user);

        using var import = await PostAsync(client, "/lado/import", []);

        // Allowed, the post without a file is answered with the form's own error; refused, with the policy's answer.
        Assert.Equal(expected, import.StatusCode == HttpStatusCode.BadRequest ? Outcome.Allowed : Classify(import));
    }

    private async Task<IReadOnlyList<CaseAccess>> AccessLogAsync(CaseRegister register)
    {
        using var scope = factory.Services.CreateScope();
        return await scope.ServiceProvider.GetRequiredService<ICaseAccessLog>().ListAsync(register);
    }

    private async Task<HttpClient> ClientAsync(string user) =>
        user.Length == 0
            ? factory.CreateClient(new Microsoft.AspNetCore.Mvc.Testing.WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true })
            : await factory.CreateSignedInClientAsync(user);

    // A valid antiforgery token of the user's own (from a page with a form), so that only the policy decides.
    private static async Task<HttpResponseMessage> PostAsync(HttpClient client, string path, Dictionary<string, string> fields)
    {
        var page = Parser.ParseDocument(await client.GetStringAsync(new Uri("/guides/levels-of-need", UriKind.Relative)));
        var token = page.QuerySelector("input[name=__RequestVerificationToken]")?.GetAttribute("value")
            ?? Parser.ParseDocument(await client.GetStringAsync(new Uri("/account/sign-in", UriKind.Relative))).QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        fields["__RequestVerificationToken"] = token;
        using var content = new FormUrlEncodedContent(fields);
        return await client.PostAsync(new Uri(path, UriKind.Relative), content);
    }

    private static Outcome Classify(HttpResponseMessage response)
    {
        var location = response.Headers.Location?.OriginalString ?? string.Empty;
        return response.StatusCode switch
        {
            HttpStatusCode.OK => Outcome.Allowed,
            HttpStatusCode.Redirect when location.Contains("/account/sign-in", StringComparison.Ordinal) => Outcome.SignIn,
            HttpStatusCode.Redirect when location.Contains("/account/access-denied", StringComparison.Ordinal) => Outcome.Refused,
            HttpStatusCode.Forbidden => Outcome.Refused,
            HttpStatusCode.Redirect => Outcome.Allowed,
            _ => throw new Xunit.Sdk.XunitException($"Unexpected answer {(int)response.StatusCode} {location}"),
        };
    }

    private async Task<int> VersionAsync(string actionRef)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>().GetAsync(Plan))!.FindAction(actionRef)!.Version;
    }

    private async Task<int> ReviewCountAsync(string actionRef)
    {
        using var scope = factory.Services.CreateScope();
        return (await scope.ServiceProvider.GetRequiredService<IBusinessPlanRepository>().GetAsync(Plan))!.FindAction(actionRef)!.Reviews.Count;
    }
}
