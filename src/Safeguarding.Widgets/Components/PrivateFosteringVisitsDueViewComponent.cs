using Microsoft.AspNetCore.Mvc;
using Safeguarding.Domain.Access;
using Safeguarding.Widgets.ViewModels;

namespace Safeguarding.Widgets.Components;

/// <summary>Private fostering visits overdue and due, and late notifications, for the private fostering officer; each child named is logged. View: <c>Views/Shared/Components/SafeguardingPrivateFosteringVisitsDue/Default.cshtml</c>.</summary>
[ViewComponent(Name = Name)]
public sealed class PrivateFosteringVisitsDueViewComponent(CaseRegisterWidgetService service) : ViewComponent
{
    /// <summary>The view component's name.</summary>
    public const string Name = "SafeguardingPrivateFosteringVisitsDue";

    /// <summary>Renders the visits due.</summary>
    /// <param name="withinWorkingDays">How many working days ahead to look, 0 to 60. The default is 5, a working week.</param>
    /// <param name="asAt">The date, or <c>null</c> for today.</param>
    /// <returns>The view.</returns>
    public async Task<IViewComponentResult> InvokeAsync(int withinWorkingDays = 5, LocalDate? asAt = null) =>
        await this.RefuseUnlessAllowedAsync(BoardActivity.ManagePrivateFosteringRegister).ConfigureAwait(false)
        ?? View(await service.GetVisitsDueAsync(HttpContext, withinWorkingDays, asAt, ViewData.HeadingLevel(), HttpContext.RequestAborted).ConfigureAwait(false));
}
