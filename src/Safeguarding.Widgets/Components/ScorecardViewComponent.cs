using Safeguarding.Domain.Access;
using Safeguarding.Widgets.Papers;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>An indicator scorecard with ratings against target, change, trend and sparklines. View: <c>Views/Shared/Components/SafeguardingScorecard/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class ScorecardViewComponent(ThresholdViewModelService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingScorecard";

    /// <summary>Renders the scorecard.</summary>
    /// <param name="scorecard">The scorecard's file name without ".json", in the configured scorecard folder.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(string scorecard)
    {
        if (await this.RefuseUnlessAllowedAsync(BoardActivity.ReadPlans).ConfigureAwait(false) is { } refused)
        {
            return refused;
        }
        var model = service.GetScorecard(scorecard);
        PaperLinks.Offer(this, PaperEndpoints.Scorecard, "the scorecard", ("scorecard", scorecard));
        return View(model);
    }
}
