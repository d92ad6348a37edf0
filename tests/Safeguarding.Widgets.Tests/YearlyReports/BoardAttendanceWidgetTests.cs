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
        Assert.Equal(["11", "15", "14", "14"], chart.QuerySelectorAll(".sg-board-attendance__value").Select(value => value.TextContent));
        Assert.Equal(16, widget.QuerySelectorAll("table tbody tr").Length);
        Assert.Empty(widget.QuerySelectorAll("script"));
        Assert.Contains(widget.QuerySelectorAll("a.sg-paper-links__link"), link => link.GetAttribute("href")!.StartsWith("/safeguarding/papers/yearly-report.docx", StringComparison.Ordinal));
    }
}
