using AngleSharp.Html.Parser;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>
/// The case registers' widgets: their HTML pinned (a change of wording, figures or markup must be
/// deliberate), who sees them, and the access log they write.
/// </summary>
public class CaseRegisterWidgetTests(CaseRegisterWidgetHost host) : IClassFixture<CaseRegisterWidgetHost>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task The_LADOs_open_cases_of_2015_16_as_at_30_June_2016() =>
        HtmlSnapshot.Verify(await host.RenderAsync("lado-cases?role=Lado&year=2015-16&openOnly=true"), "LadoCases.Open2015-16");

    [Fact]
    public async Task Allegation_timeliness_of_2015_16_from_the_register_against_seed_003s_target() =>
        HtmlSnapshot.Verify(await host.RenderAsync("allegation-timeliness?role=BoardMember&year=2015-16"), "AllegationTimeliness.2015-16");

    [Fact]
    public async Task Private_fostering_visits_due_as_at_30_June_2016() =>
        HtmlSnapshot.Verify(await host.RenderAsync("visits-due?role=PrivateFosteringOfficer"), "PrivateFosteringVisitsDue.June2016");

    [Fact]
    public async Task The_gauge_from_the_register_gives_seed_003s_published_shares_and_says_whose_target_it_is()
    {
        var widget = Parser.ParseDocument(await host.RenderAsync("allegation-timeliness?role=Lado&year=2015-16")).QuerySelector("[data-sg-widget=allegation-timeliness]")!;

        var gauges = widget.QuerySelectorAll(".sg-gauge__words").Select(words => words.TextContent.Trim()).ToList();
        Assert.Equal("29 of 117 (25%) against a target of 80%: does not meet", gauges[0]);
        Assert.Equal("68 of 117 (58%) against a target of 90%: does not meet", gauges[1]);
        Assert.Contains("longer than three months, or still open after three: 49 (42%)", widget.TextContent, StringComparison.Ordinal);
        Assert.Contains("Herefordshire Safeguarding Children Board's local target", widget.TextContent, StringComparison.Ordinal);
        // Rated by words and shape as well as colour.
        Assert.Equal(["Does not meet", "Does not meet", "Meets"], widget.QuerySelectorAll(".sg-rag").Select(badge => badge.ClassList.Contains("sg-rag--red") ? "Does not meet" : "Meets"));
        Assert.All(widget.QuerySelectorAll(".sg-rag__symbol"), symbol => Assert.NotEmpty(symbol.TextContent.Trim()));
    }

    [Fact]
    public async Task A_year_without_a_target_gives_shares_without_ratings_or_target_marks()
    {
        var widget = Parser.ParseDocument(await host.RenderAsync("allegation-timeliness?role=Lado&year=2016-17")).QuerySelector("[data-sg-widget=allegation-timeliness]")!;

        Assert.All(widget.QuerySelectorAll(".sg-rag__label"), label => Assert.Equal("No target", label.TextContent.Trim()));
        Assert.Empty(widget.QuerySelectorAll(".sg-gauge__target"));
        Assert.Contains("none set for 2016-17, so the shares are not rated", widget.TextContent, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("lado-cases", "", "Sign in to see the LADO's case records.")]
    [InlineData("lado-cases", "BoardMember", "LADO case records are shown to the LADO only.")]
    [InlineData("lado-cases", "BusinessUnit", "LADO case records are shown to the LADO only.")]
    [InlineData("lado-cases", "PrivateFosteringOfficer", "LADO case records are shown to the LADO only.")]
    [InlineData("visits-due", "Lado", "The private fostering register is shown to the authority's private fostering officer only.")]
    [InlineData("visits-due", "BoardMember", "The private fostering register is shown to the authority's private fostering officer only.")]
    [InlineData("allegation-timeliness", "Practitioner", "The LADO's figures are shown to the business unit, board members and the LADO.")]
    [InlineData("allegation-timeliness", "PrivateFosteringOfficer", "The LADO's figures are shown to the business unit, board members and the LADO.")]
    public async Task Anyone_else_sees_who_may_in_the_widgets_place_and_nothing_is_read_or_logged(string widget, string role, string refusal)
    {
        var before = (await host.AccessLog.ListAsync(CaseRegister.Allegations)).Count + (await host.AccessLog.ListAsync(CaseRegister.PrivateFostering)).Count;

        var html = await host.RenderAsync($"{widget}?role={role}&year=2015-16");

        Assert.Equal(refusal, Parser.ParseDocument(html).QuerySelector("[data-sg-widget=not-allowed]")!.TextContent.Trim());
        Assert.DoesNotContain("LADO-2015", html, StringComparison.Ordinal);
        Assert.DoesNotContain("PF-TEST", html, StringComparison.Ordinal);
        Assert.Equal(before, (await host.AccessLog.ListAsync(CaseRegister.Allegations)).Count + (await host.AccessLog.ListAsync(CaseRegister.PrivateFostering)).Count);
    }

    [Fact]
    public async Task Each_case_the_LADO_is_shown_is_logged_once_with_the_LADOs_id()
    {
        var html = await host.RenderAsync("lado-cases?role=Lado&year=2015-16&openOnly=true");

        var shown = Parser.ParseDocument(html).QuerySelectorAll("tbody th[scope=row]").Select(cell => cell.TextContent.Trim()).ToList();
        var log = await host.AccessLog.ListAsync(CaseRegister.Allegations);
        Assert.Equal(7, shown.Count);
        foreach (var reference in shown)
        {
            Assert.Contains(log, entry => entry.Reference.Value == reference && entry.UserId == "Lado-1" && entry.Kind == CaseAccessKind.Read);
        }
    }

    [Fact]
    public async Task Visits_due_list_the_overdue_first_then_the_due_with_working_days_in_words_and_late_notifications_with_their_rule()
    {
        var widget = Parser.ParseDocument(await host.RenderAsync("visits-due?role=PrivateFosteringOfficer")).QuerySelector("[data-sg-widget=private-fostering-visits-due]")!;

        var rows = widget.QuerySelectorAll("table")[0].QuerySelectorAll("tbody tr")
            .Select(row => (row.QuerySelector("th")!.TextContent.Trim(), row.QuerySelector(".sg-rag__label")!.TextContent.Trim())).ToList();
        Assert.Equal([("PF-TEST-001", "Overdue by 27 working days"), ("PF-TEST-003", "Overdue by 8 working days"), ("PF-TEST-002", "Due in 3 working days")], rows);
        var late = widget.QuerySelectorAll("table")[1].QuerySelectorAll("tbody tr").Select(row => row.TextContent).ToList();
        Assert.Contains(late, row => row.Contains("PF-TEST-002", StringComparison.Ordinal) && row.Contains("11 days late", StringComparison.Ordinal) && row.Contains("reg 5", StringComparison.Ordinal));
        Assert.Contains(late, row => row.Contains("PF-TEST-004", StringComparison.Ordinal) && row.Contains("Not yet made", StringComparison.Ordinal) && row.Contains("reg 10", StringComparison.Ordinal));
    }
}
