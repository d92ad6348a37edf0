using Microsoft.AspNetCore.Authorization;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>Decides the widgets' policies by asking <see cref="BoardPermissions"/> about the resolved user.</summary>
/// <param name="users">Resolves the board user from the principal.</param>
/// <param name="options">The widgets' options (whether anonymous users may read plans).</param>
public sealed class BoardAuthorizationHandler(IBoardUserResolver users, IOptions<SafeguardingWidgetsOptions> options) : IAuthorizationHandler
{
    /// <inheritdoc/>
    public Task HandleAsync(AuthorizationHandlerContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var user = users.Resolve(context.User);
        foreach (var requirement in context.PendingRequirements.ToList())
        {
            var allowed = requirement switch
            {
                BoardActivityRequirement activity => BoardPermissions.Allows(user, activity.Activity, options.Value.Identity.AnonymousMayReadPlans),
                RecordProgressOnActionRequirement => context.Resource is ProgressTarget target && BoardPermissions.MayRecordProgressOn(user, target.Plan, target.Action),
                _ => (bool?)null,
            };
            if (allowed == true)
            {
                context.Succeed(requirement);
            }
        }
        return Task.CompletedTask;
    }
}
