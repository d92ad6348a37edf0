using AngleSharp.Html.Parser;

namespace Safeguarding.Widgets.Tests.Support;

/// <summary>The sample's demonstration users whose plan pages differ, and how to read a rating off a page.</summary>
internal static class SampleViewers
{
    private static readonly HtmlParser Parser = new();

    /// <summary>An agency lead of each kind, the business unit, a board member and a practitioner.</summary>
    internal static readonly string[] PlanReaders =
    [
        "council.lead@sample.invalid",
        "business.manager@sample.invalid",
        "hscb.lead@sample.invalid",
        "board.member@sample.invalid",
        "practitioner@sample.invalid",
    ];

    /// <summary>The words of an action's rating in the action plan widget on a page.</summary>
    internal static string Rating(string html, string actionRef) =>
        Parser.ParseDocument(html).QuerySelectorAll("[data-sg-widget=action-plan] tbody tr")
            .Single(row => row.QuerySelector("th")!.TextContent.Trim() == actionRef)
            .QuerySelector(".sg-rag__label")!.TextContent;
}
