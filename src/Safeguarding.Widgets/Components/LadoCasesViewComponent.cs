using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.Calendars;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>The LADO's case list, for the LADO only; each case shown is logged. View: <c>Views/Shared/Components/SafeguardingLadoCases/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class LadoCasesViewComponent(CaseRegisterWidgetService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingLadoCases";

    /// <summary>Renders the cases referred in a year, or a refusal in its place for anyone but the LADO.</summary>
    /// <param name="year">The financial year of referral, or <c>null</c> for the year containing the date.</param>
    /// <param name="openOnly">Whether to list only the cases open as at the date. The default is <c>false</c>.</param>
    /// <param name="asAt">The date, or <c>null</c> for today.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(FinancialYear? year = null, bool openOnly = false, LocalDate? asAt = null) =>
        await this.RefuseUnlessAllowedAsync(BoardActivity.ReadLadoCases).ConfigureAwait(false)
        ?? View(await service.GetLadoCasesAsync(HttpContext, year, openOnly, asAt, ViewData.HeadingLevel(), HttpContext.RequestAborted).ConfigureAwait(false));
}
