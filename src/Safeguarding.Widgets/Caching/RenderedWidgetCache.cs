using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Widgets.Caching;

/// <summary>
/// The HTML of plan widgets already rendered, kept with the plan they were rendered from, so that
/// the staff who open the same dashboard each morning share one rendering instead of each paying
/// for the ratings and the view again. A widget's HTML is kept for one state of its plan: the plan
/// store returns a new plan once anything is recorded, reviewed, revised or archived, and the kept
/// HTML of the old plan is never used again; a plan changed in place (the in-memory store) is
/// recognised by its counts of updates and reviews.
/// </summary>
/// <remarks>
/// Registered as a singleton by <c>AddSafeguardingWidgets</c>; turned off with
/// <see cref="SafeguardingWidgetsOptions.KeepRenderedWidgets"/>. Only widgets without forms are
/// kept, and each is kept apart by everything its HTML depends on: its attributes, the date it is
/// rated as at, the heading level, the viewer's board roles and agencies, and the application's
/// path base. Whether the viewer may see the widget is decided before the cache is asked, on every
/// request. At most <see cref="EntriesPerPlan"/> renderings are kept per plan.
/// </remarks>
public sealed class RenderedWidgetCache
{
    /// <summary>The most renderings kept for one plan; when full, the plan's renderings are forgotten and kept afresh.</summary>
    public const int EntriesPerPlan = 512;

    private readonly ConditionalWeakTable<BusinessPlan, Renderings> _plans = [];

    /// <summary>Gets how many renderings are kept, for plans as they now stand or as they stood.</summary>
    public int Count => _plans.Sum(plan => plan.Value.Html.Count);

    /// <summary>Gets the HTML kept for a widget of a plan, if there is any for the plan as it stands.</summary>
    /// <param name="plan">The plan the widget shows, as the plan store returned it.</param>
    /// <param name="state">The plan's state now, from <see cref="PlanState.Of"/>.</param>
    /// <param name="key">Everything else the widget's HTML depends on.</param>
    /// <param name="html">The HTML kept.</param>
    /// <returns><c>true</c> when HTML was kept for this state of the plan and this key.</returns>
    public bool TryGet(BusinessPlan plan, PlanState state, string key, out string html)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(key);
        if (_plans.TryGetValue(plan, out var renderings) && renderings.State == state && renderings.Html.TryGetValue(key, out var kept))
        {
            html = kept;
            return true;
        }
        html = string.Empty;
        return false;
    }

    /// <summary>Keeps a widget's HTML for the plan as it stands now.</summary>
    /// <param name="plan">The plan the widget was rendered from.</param>
    /// <param name="state">The plan's state when the widget was rendered, from <see cref="PlanState.Of"/> before rendering began.</param>
    /// <param name="key">Everything else the widget's HTML depends on.</param>
    /// <param name="html">The HTML.</param>
    public void Set(BusinessPlan plan, PlanState state, string key, string html)
    {
        ArgumentNullException.ThrowIfNull(plan);
        ArgumentNullException.ThrowIfNull(key);
        ArgumentNullException.ThrowIfNull(html);
        if (PlanState.Of(plan) != state)
        {
            // Recorded on while rendering (a plan changed in place): the HTML may show either state.
            return;
        }
        if (!_plans.TryGetValue(plan, out var renderings) || renderings.State != state)
        {
            renderings = new Renderings(state);
            _plans.AddOrUpdate(plan, renderings);
        }
        if (renderings.Html.Count >= EntriesPerPlan)
        {
            renderings.Html.Clear();
        }
        renderings.Html[key] = html;
    }

    private sealed record Renderings(PlanState State)
    {
        public ConcurrentDictionary<string, string> Html { get; } = new(StringComparer.Ordinal);
    }
}
