using Safeguarding.Domain.Access;
using Microsoft.AspNetCore.Mvc;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>The LADO timeliness gauge: allegations resolved within one and three months against Working Together's expectations. View: <c>Views/Shared/Components/SafeguardingLadoTimeliness/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class LadoTimelinessViewComponent(StatutoryCheckService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingLadoTimeliness";

    /// <summary>Renders the gauge from the configured annual report.</summary>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync() =>
        await this.RefuseUnlessAllowedAsync(BoardActivity.ReadLadoAggregates).ConfigureAwait(false)
        ?? View(service.GetLadoTimeliness());
}
