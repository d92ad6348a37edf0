using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Calendars;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>
/// Allegation timeliness computed from the LADO's register, against the board's local targets, for
/// those who may read the LADO's figures. View: <c>Views/Shared/Components/SafeguardingAllegationTimeliness/Default.cshtml</c>.
/// </summary>
[ViewComponent(Name = Name)]
public sealed class AllegationTimelinessViewComponent(CaseRegisterWidgetService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingAllegationTimeliness";

    /// <summary>Renders the gauge for a year.</summary>
    /// <param name="year">The financial year, or <c>null</c> for the year containing the date.</param>
    /// <param name="asAt">The date, or <c>null</c> for today.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(FinancialYear? year = null, LocalDate? asAt = null) =>
        await this.RefuseUnlessAllowedAsync(BoardActivity.ReadLadoAggregates).ConfigureAwait(false)
        ?? View(await service.GetAllegationTimelinessAsync(HttpContext, year, asAt, HttpContext.RequestAborted).ConfigureAwait(false));
}
