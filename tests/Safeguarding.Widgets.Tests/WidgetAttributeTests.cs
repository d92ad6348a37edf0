using System.Net;
using AngleSharp.Html.Parser;
using Safeguarding.Widgets.Tests.Support;

namespace Safeguarding.Widgets.Tests;

/// <summary>What a partner's developer writes in their own Razor pages, compiled and rendered as their app would.</summary>
public class WidgetAttributeTests(ProductionRazorPageHost host) : IClassFixture<ProductionRazorPageHost>
{
    private static readonly HtmlParser Parser = new();
    private const string Plan = "hscb-business-plan-2014-15";

    [Theory]
    [InlineData("as-at=\"2014-11-30\"")]
    [InlineData("as-at=\"@(new NodaTime.LocalDate(2014, 11, 30))\"")]
    [InlineData("as-at=\"@(new DateOnly(2014, 11, 30))\"")]
    [InlineData("as-at=\"@(new DateTime(2014, 11, 30))\"")]
    public async Task As_at_takes_iso_text_a_local_date_a_date_only_or_a_date_time(string asAt)
    {
        var (status, html) = await host.RenderAsync($"<sg-rag-summary plan=\"{Plan}\" {asAt} />");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("as at 30 November 2014", Parser.ParseDocument(html).QuerySelector("[data-sg-widget=rag-summary]")!.TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_misspelt_agency_is_named_with_the_agencies_the_plan_knows_instead_of_nothing_due()
    {
        var (_, html) = await host.RenderAsync($"<sg-actions-due plan=\"{Plan}\" agency=\"Herefordshire Councill\" as-at=\"2014-11-30\" /><sg-action-plan plan=\"{Plan}\" agency=\"Herefordshire Councill\" as-at=\"2014-11-30\" />");
        var page = Parser.ParseDocument(html);

        foreach (var widget in (string[])["actions-due", "action-plan"])
        {
            var notice = page.QuerySelector($"[data-sg-widget={widget}] [role=alert]")!.TextContent;
            Assert.Contains("The plan has no agency called \"Herefordshire Councill\"", notice, StringComparison.Ordinal);
            Assert.Contains("Herefordshire Council, Herefordshire Clinical Commissioning Group", notice, StringComparison.Ordinal);
            Assert.DoesNotContain("No actions are due", page.QuerySelector($"[data-sg-widget={widget}]")!.TextContent, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task A_short_name_is_a_known_agency()
    {
        var (_, html) = await host.RenderAsync($"<sg-action-plan plan=\"{Plan}\" agency=\"HSCB\" as-at=\"2014-11-30\" />");

        Assert.Null(Parser.ParseDocument(html).QuerySelector("[data-sg-widget=action-plan] [role=alert]"));
    }

    [Theory]
    [InlineData("<sg-rag-summary plan=\"no-such-plan\" />")]
    [InlineData("<sg-scorecard scorecard=\"no-such-scorecard\" />")]
    [InlineData("<sg-rag-summary plan=\"" + Plan + "\" as-at=\"30th of Novembr\" />")]
    [InlineData("<sg-progress-update plan=\"" + Plan + "\" action=\"9.9.9\" />")]
    public async Task A_failing_widget_says_so_in_its_own_place_and_the_rest_of_the_page_renders(string failing)
    {
        var (status, html) = await host.RenderAsync($"<main><h1>Our page</h1>{failing}<sg-levels-of-need /></main>");
        var page = Parser.ParseDocument(html);

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Equal("This part of the page could not be shown just now. The rest of the page is up to date; try again later, or tell the intranet team.",
            page.QuerySelector("[data-sg-widget=failed] .sg-notice")!.TextContent);
        Assert.NotNull(page.QuerySelector("[data-sg-widget=levels-of-need]"));
    }

    [Theory]
    [InlineData(2, "h2", "h3")]
    [InlineData(3, "h3", "h4")]
    [InlineData(1, "h1", "h2")]
    public async Task Heading_level_sets_the_widgets_heading_and_its_sub_headings_below_it(int level, string heading, string subHeading)
    {
        var (_, html) = await host.RenderAsync($"<sg-action-plan plan=\"{Plan}\" agency=\"Herefordshire Council\" as-at=\"2014-11-30\" heading-level=\"{level}\" />");
        var widget = Parser.ParseDocument(html).QuerySelector("[data-sg-widget=action-plan]")!;

        Assert.Equal(heading, widget.QuerySelector(".sg-heading")!.LocalName);
        Assert.All(widget.QuerySelectorAll(".sg-heading--priority"), priority => Assert.Equal(subHeading, priority.LocalName));
    }
}

/// <summary>In Development a failing widget shows the error itself, so the developer can fix it.</summary>
public class WidgetDevelopmentErrorTests(DevelopmentRazorPageHost host) : IClassFixture<DevelopmentRazorPageHost>
{
    [Fact]
    public async Task In_development_a_failing_widget_shows_the_error()
    {
        var (status, html) = await host.RenderAsync("<sg-rag-summary plan=\"no-such-plan\" />");

        Assert.Equal(HttpStatusCode.OK, status);
        Assert.Contains("This widget (SafeguardingRagSummary) could not be shown: Expected a business plan with key &quot;no-such-plan&quot;", html, StringComparison.Ordinal);
    }
}
