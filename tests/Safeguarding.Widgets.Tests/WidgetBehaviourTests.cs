using AngleSharp.Html.Parser;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>What a user relies on in the widgets' output, beyond the pinned snapshots.</summary>
public class WidgetBehaviourTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    private static readonly HtmlParser Parser = new();

    [Theory]
    [InlineData("Red", "✖")]
    [InlineData("Amber", "▲")]
    [InlineData("Green", "●")]
    [InlineData("Complete", "★")]
    [InlineData("NotStarted", "○")]
    [InlineData("NotRated", "–")]
    public async Task A_rating_is_shown_by_words_and_shape_as_well_as_colour(string rating, string symbol)
    {
        var badge = Parser.ParseDocument(await host.RenderAsync($"rag-badge?rating={rating}")).QuerySelector(".sg-rag")!;

        Assert.Equal(symbol, badge.QuerySelector(".sg-rag__symbol")!.TextContent);
        Assert.Equal("true", badge.QuerySelector(".sg-rag__symbol")!.GetAttribute("aria-hidden"));
        Assert.False(string.IsNullOrWhiteSpace(badge.QuerySelector(".sg-rag__label")!.TextContent));
    }

    [Fact]
    public async Task The_action_plan_for_one_agency_shows_only_its_actions()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("action-plan?plan=hscb-business-plan-2014-15&agency=Herefordshire%20Council&asAt=2014-11-30"));

        var leads = document.QuerySelectorAll("tbody tr td:nth-child(3)").Select(cell => cell.TextContent.Trim()).ToList();
        Assert.Equal(7, leads.Count);
        Assert.Contains(leads, lead => lead.StartsWith("Herefordshire Council", StringComparison.Ordinal));
        Assert.DoesNotContain(leads, lead => lead.StartsWith("HSCB", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_overdue_action_rated_by_hand_shows_the_contradiction()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("exception-report?plan=safeguarding-review-exception-report-2009-05&asAt=2009-05-31"));

        var row = document.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("th")!.TextContent.Trim() == "4.12");
        Assert.Contains("Red", row.QuerySelector(".sg-rag__label")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("recorded as ▲", row.QuerySelector(".sg-rag")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("incomplete and outside its timescale", row.QuerySelector(".sg-warning")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_rag_summary_needs_no_script_and_says_its_counts_in_words()
    {
        var html = await host.RenderAsync("rag-summary?plan=hscb-business-plan-2014-15&asAt=2014-11-30");
        var document = Parser.ParseDocument(html);

        Assert.Empty(document.QuerySelectorAll("script"));
        Assert.NotNull(document.QuerySelector("svg"));
        Assert.Equal(4, document.QuerySelectorAll(".sg-rag-summary__counts").Length);
        Assert.Contains("(49 actions)", document.QuerySelector(".sg-explanation")!.TextContent.Replace("its 49 actions", "(49 actions)", StringComparison.Ordinal), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dates_are_written_the_English_way()
    {
        var html = await host.RenderAsync("exception-report?plan=safeguarding-review-exception-report-2009-05&asAt=2009-05-31");

        Assert.Contains("as at 31 May 2009", html, StringComparison.Ordinal);
        Assert.Contains("Actions to be completed by the end of February 2009", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Immediate_danger_always_says_contact_the_police_or_MASH_now_first()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("levels-of-need?indicator=immediate-danger&indicator=information-and-advice"));

        var result = document.QuerySelector(".sg-result")!;
        Assert.StartsWith("Suggested: Level 4", result.QuerySelector("h3")!.TextContent.Trim(), StringComparison.Ordinal);
        var firstAction = result.QuerySelector("li")!.TextContent;
        Assert.StartsWith("Urgent:", firstAction.Trim(), StringComparison.Ordinal);
        Assert.Contains("police", firstAction, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("MASH", firstAction, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Private_fostering_always_adds_notify_the_local_authority_and_the_guide_never_decides()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("levels-of-need?indicator=private-fostering"));

        Assert.Contains("Notify the local authority", document.QuerySelector(".sg-result")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("does not replace it", document.QuerySelector(".sg-notice")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("checked", document.QuerySelector("#sg-indicator-private-fostering")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task An_indicator_the_guide_does_not_know_is_named_in_an_error_and_nothing_is_suggested()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("levels-of-need?indicator=made-up&indicator=child-in-need"));

        Assert.Contains("\"made-up\"", document.QuerySelector(".sg-form__error")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("\"indicator\"", document.QuerySelector(".sg-form__error")!.TextContent, StringComparison.Ordinal);
        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Equal("checked", document.QuerySelector("#sg-indicator-child-in-need")!.GetAttribute("checked"));
    }

    [Fact]
    public async Task The_scorecard_shows_each_indicators_change_and_trend_in_words_with_a_sparkline()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("scorecard?plan=domestic-abuse-2015-16"));

        var rows = document.QuerySelectorAll("tbody tr");
        Assert.Equal(4, rows.Length);
        Assert.All(rows, row =>
        {
            Assert.Matches(@"from Q\d to Q\d", row.QuerySelectorAll("td")[4].TextContent);
            Assert.NotNull(row.QuerySelector("svg polyline"));
        });
        Assert.Contains(rows, row => row.TextContent.Contains("Smaller is better", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_unknown_plan_is_an_error_that_lists_the_plans_there_are()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.RenderAsync("rag-summary?plan=no-such-plan"));

        Assert.Contains("hscb-business-plan-2014-15", error.ToString(), StringComparison.Ordinal);
    }
}
