using AngleSharp.Html.Parser;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests.YearlyReports;

/// <summary>The board attendance widget (DESIGN.md's widget list): seed 003's attendance as an accessible SVG chart, the table behind it and a description in words, with no script.</summary>
public class BoardAttendanceWidgetTests(WidgetHost host) : IClassFixture<WidgetHost>
{
    private static readonly HtmlParser Parser = new();

    [Fact]
    public async Task Attendance_2015_16() =>
        HtmlSnapshot.Verify(await host.RenderAsync("board-attendance?plan=domestic-abuse-2015-16"), "BoardAttendance.2015-16");

    [Fact]
    public async Task The_chart_is_described_in_words_and_backed_by_a_table_of_every_member()
    {
        var widget = Parser.ParseDocument(await host.RenderAsync("board-attendance")).QuerySelector("[data-sg-widget=board-attendance]")!;
        var chart = widget.QuerySelector("svg")!;
        var description = chart.QuerySelector("desc")!.TextContent;

        Assert.Equal("img", chart.GetAttribute("role"));
        Assert.Equal("sg-board-attendance-title sg-board-attendance-description", chart.GetAttribute("aria-labelledby"));
        // Appendix 1 of seed 003: 15 members, 4 meetings, 6 absences.
        Assert.StartsWith("15 members, 4 meetings: 54 of 60 places filled (90%).", description, StringComparison.Ordinal);
        Assert.Contains("National Probation Service attended 2 of 4", description, StringComparison.Ordinal);
        Assert.Equal(description, widget.QuerySelector("figcaption")!.TextContent);
        Assert.Equal(["11", "15", "14", "14"], chart.QuerySelectorAll(".sg-bar-chart__value").Select(value => value.TextContent));
        Assert.Equal(16, widget.QuerySelectorAll("table tbody tr").Length);
        Assert.Empty(widget.QuerySelectorAll("script"));
        Assert.Contains(widget.QuerySelectorAll("a.sg-paper-links__link"), link => link.GetAttribute("href")!.StartsWith("/safeguarding/papers/yearly-report.docx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Child_protection_plans_2015_16() =>
        HtmlSnapshot.Verify(await host.RenderAsync("child-protection-plans"), "ChildProtectionPlans.2015-16");

    [Fact]
    public async Task Each_quarter_s_shares_are_computed_from_its_counts_and_said_in_words()
    {
        var widget = Parser.ParseDocument(await host.RenderAsync("child-protection-plans")).QuerySelector("[data-sg-widget=child-protection-plans]")!;
        var description = widget.QuerySelector("svg desc")!.TextContent;

        // Seed 003, section 5: 231 children at the end of Q4, 71 of them (30.7%, printed as 31%) for neglect.
        Assert.Contains("Q4 231", description, StringComparison.Ordinal);
        var q4 = widget.QuerySelectorAll("tbody tr").Single(row => row.QuerySelector("th")!.TextContent == "Q4");
        Assert.Contains(q4.QuerySelectorAll("td"), cell => cell.TextContent == "71 (31%)");
        var cells = q4.QuerySelectorAll("td");
        Assert.Equal("231", cells[cells.Length - 1].TextContent);
    }
}
