using Microsoft.AspNetCore.Routing;
using Safeguarding.Widgets.Progress;

// In this namespace so that hosts find the method where they map their other endpoints.
namespace Microsoft.AspNetCore.Builder;

/// <summary>Maps the endpoints the widgets' forms post to.</summary>
public static class SafeguardingWidgetsEndpointRouteBuilderExtensions
{
    /// <summary>
    /// Maps the endpoints the progress forms post to: <c>{EndpointPath}/progress</c> (record
    /// progress) and <c>{EndpointPath}/progress/review</c> (accept or return an update), under
    /// <see cref="Safeguarding.Widgets.SafeguardingWidgetsOptions.EndpointPath"/> ("/safeguarding" by default).
    /// Each checks the antiforgery token and the widgets' policies, then redirects back to the
    /// page the form was on. Beside them, the board papers the widgets link to:
    /// <c>{EndpointPath}/papers/{paper}.{csv|xlsx|docx|html}</c> (<see cref="Safeguarding.Widgets.Papers.PaperEndpoints"/>),
    /// each behind the policy of the widget that shows the same data.
    /// Call it after <c>UseAuthentication()</c> and <c>UseAuthorization()</c>.
    /// </summary>
    /// <param name="endpoints">The host's endpoints (<c>app</c>).</param>
    /// <returns>The group of endpoints, to add conventions such as rate limiting.</returns>
    public static RouteGroupBuilder MapSafeguardingWidgets(this IEndpointRouteBuilder endpoints)
    {
        var group = ProgressEndpoints.Map(endpoints);
        Safeguarding.Widgets.Papers.PaperEndpoints.Map(group);
        return group;
    }
}
