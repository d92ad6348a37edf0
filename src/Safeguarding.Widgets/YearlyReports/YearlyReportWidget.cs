using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Components;
using Safeguarding.Widgets.Papers;

namespace Safeguarding.Widgets.YearlyReports;

/// <summary>What the yearly report's widgets share: the board's policy, their view model, and the links to the whole report as a board paper.</summary>
internal static class YearlyReportWidget
{
    internal static async Task<IViewComponentResult> RenderAsync<TModel>(ViewComponent component, Func<TModel> build, string? scorecard)
    {
        if (await component.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        var model = build();
        PaperLinks.Offer(component, PaperEndpoints.YearlyReport, "the partners' yearly report", ("scorecard", scorecard));
        return component.View(model);
    }
}
