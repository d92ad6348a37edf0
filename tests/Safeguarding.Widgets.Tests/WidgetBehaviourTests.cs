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

    [Theory]
    [InlineData("age=15&carer=UncleOrAunt&tie=Marriage&setting=CarersHome&daysSoFar=40", "This is not private fostering.")]
    [InlineData("age=15&carer=Cousin&setting=CarersHome&daysSoFar=40", "This is private fostering.")]
    [InlineData("age=17&disabled=yes&carer=FamilyFriend&setting=CarersHome&daysSoFar=28", "This is private fostering.")]
    [InlineData("age=15&carer=FamilyFriend&setting=CarersHome&daysSoFar=27&intendedDays=27", "This is not private fostering.")]
    [InlineData("age=14&carer=HostFamily&setting=School&personalCapacity=yes&daysSoFar=35", "This is private fostering.")]
    [InlineData("age=14&carer=Other&setting=School&daysSoFar=90", "This is not private fostering.")]
    public async Task The_private_fostering_check_answers_as_the_law_does(string query, string conclusion)
    {
        var document = Parser.ParseDocument(await host.PostAsync("private-fostering-check", query));

        Assert.Equal(conclusion, document.QuerySelector(".sg-result h3")!.TextContent.Trim());
        Assert.Equal(conclusion == "This is private fostering.", document.QuerySelector(".sg-result")!.TextContent.Contains("Tell the local authority", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_private_fostering_check_names_each_field_that_is_wrong_and_keeps_what_was_typed()
    {
        var document = Parser.ParseDocument(await host.PostAsync("private-fostering-check", "age=fifteen&carer=&setting=CarersHome&daysSoFar=3"));

        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Equal("Enter the child's age in whole years, for example 15", document.QuerySelector("#sg-pf-age-error")!.TextContent);
        Assert.NotNull(document.QuerySelector("#sg-pf-carer-error"));
        Assert.Equal("fifteen", document.QuerySelector("#sg-pf-age")!.GetAttribute("value"));
        Assert.Equal("3", document.QuerySelector("#sg-pf-daysSoFar")!.GetAttribute("value"));
        Assert.Equal("#sg-pf-age", document.QuerySelector(".sg-form__error a")!.GetAttribute("href"));
    }

    [Theory]
    [InlineData("2020-08-31", "This does not meet the harm test.")]
    [InlineData("2020-09-01", "This meets the harm test.")]
    public async Task The_suitability_limb_counts_only_for_allegations_from_1_September_2020(string date, string conclusion)
    {
        var document = Parser.ParseDocument(await host.PostAsync("harm-test-check", $"allegationDate={date}&limb=4"));

        Assert.Equal(conclusion, document.QuerySelector(".sg-result h3")!.TextContent.Trim());
    }

    [Fact]
    public async Task A_harm_test_met_says_when_to_refer_to_the_LADO()
    {
        var document = Parser.ParseDocument(await host.PostAsync("harm-test-check", "allegationDate=2026-12-24&limb=1"));

        Assert.Contains("within one working day, by 29 December 2026", document.QuerySelector(".sg-result")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_harm_test_date_that_is_not_a_date_is_named_and_nothing_is_answered()
    {
        var document = Parser.ParseDocument(await host.PostAsync("harm-test-check", "allegationDate=31-08-2020&limb=4"));

        Assert.NotNull(document.QuerySelector("#sg-ht-allegationDate-error"));
        Assert.Null(document.QuerySelector(".sg-result"));
        Assert.Equal("31-08-2020", document.QuerySelector("#sg-ht-allegationDate")!.GetAttribute("value"));
    }

    [Fact]
    public async Task The_LADO_gauge_compares_each_share_with_its_target_in_words_and_says_whose_target_it_is()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("lado-timeliness"));

        var words = document.QuerySelectorAll(".sg-gauge__words").Select(element => element.TextContent).ToList();
        Assert.Equal(["25% against a target of 80%: does not meet", "58% against a target of 90%: does not meet"], words);
        Assert.Contains("Targets: Working Together 2015's expectation, as the report states it.", document.QuerySelector("[data-sg-widget=lado-timeliness]")!.TextContent, StringComparison.Ordinal);
        Assert.Contains("117 allegations, 9.75 a month", document.QuerySelector(".sg-meta")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_plan_is_an_error_that_lists_the_plans_there_are()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => host.RenderAsync("rag-summary?plan=no-such-plan"));

        Assert.Contains("hscb-business-plan-2014-15", error.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_whole_plan_opens_with_a_contents_list_linking_to_each_priority()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("action-plan?plan=hscb-business-plan-2014-15&asAt=2014-11-30"));

        var links = document.QuerySelectorAll("[data-sg-widget=action-plan] .sg-contents a").ToList();
        Assert.Equal(document.QuerySelectorAll("[data-sg-widget=action-plan] .sg-heading--priority").Length, links.Count);
        Assert.All(links, link => Assert.NotNull(document.QuerySelector(link.GetAttribute("href")!)));
    }

    [Fact]
    public async Task Each_row_leads_with_the_rating_and_a_short_reason_and_staleness_is_said_once_per_table()
    {
        var document = Parser.ParseDocument(await host.RenderAsync("action-plan?plan=hscb-business-plan-2014-15&asAt=2014-11-30"));

        foreach (var table in document.QuerySelectorAll("[data-sg-widget=action-plan] .sg-table"))
        {
            var reasons = table.QuerySelectorAll(".sg-why__summary").Select(summary => summary.TextContent).ToList();
            Assert.All(reasons, reason => Assert.DoesNotContain("reporting cycle", reason, StringComparison.Ordinal));
            var stale = table.QuerySelectorAll(".sg-explanation").Count(explanation => explanation.TextContent.Contains("longer than the 92-day reporting cycle", StringComparison.Ordinal));
            var note = table.PreviousElementSibling is { ClassName: "sg-stale-note" } sibling ? sibling.TextContent : null;
            if (stale >= 2)
            {
                Assert.NotNull(note);
                Assert.Contains(stale == reasons.Count ? "has had progress reported" : $"{stale} of these {reasons.Count} actions", note, StringComparison.Ordinal);
            }
            else
            {
                Assert.Null(note);
            }
        }
    }
}
