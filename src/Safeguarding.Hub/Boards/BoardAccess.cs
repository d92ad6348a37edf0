using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Hub.Api;
using Safeguarding.Widgets;
using Safeguarding.Widgets.Security;

namespace Safeguarding.Hub.Boards;

/// <summary>
/// The one gate of every hub request: is there such a board, does the caller act for it, may they
/// do this (<see cref="BoardPermissions"/>), and is the plan asked for this board's. A plan of
/// another board is "not found", so a caller learns nothing of it.
/// </summary>
/// <param name="hub">The hub's options.</param>
/// <param name="widgets">The widgets' options (whether anonymous people may read plans).</param>
/// <param name="membership">Which boards a caller acts for.</param>
/// <param name="users">Turns the principal into a board user.</param>
/// <param name="plans">Where plans are kept.</param>
internal sealed class BoardAccess(
    IOptions<SafeguardingHubOptions> hub,
    IOptions<SafeguardingWidgetsOptions> widgets,
    HubBoardMembership membership,
    IBoardUserResolver users,
    IBusinessPlanRepository plans)
{
    /// <summary>Checks the board and the caller for an activity; returns the refusal, or <c>null</c> with the board and user.</summary>
    internal IResult? Check(HttpContext context, string boardId, BoardActivity activity, out HubBoard? board, out BoardUser? user)
    {
        user = null;
        board = hub.Value.FindBoard(boardId);
        if (board is null)
        {
            return ApiProblems.NotFound("There is no such board.", $"This hub serves no board \"{ApiQuery.Shorten(boardId)}\". It serves {string.Join(", ", hub.Value.Boards.Select(known => $"\"{known.Id}\""))}.");
        }
        var anonymousMayRead = widgets.Value.Identity.AnonymousMayReadPlans;
        user = users.Resolve(context.User);
        if (user is null)
        {
            if (BoardPermissions.Allows(null, activity, anonymousMayRead))
            {
                return null;
            }
            return context.User.Identity?.IsAuthenticated == true
                ? ApiProblems.Forbidden("You are signed in, but with no board role (business unit, agency lead, board member, LADO, practitioner). Ask the board's business unit.")
                : ApiProblems.Unauthorized(context);
        }
        if (!membership.ActsFor(context.User, board))
        {
            var theirs = membership.BoardsOf(context.User);
            return ApiProblems.Forbidden(theirs.Count == 0
                ? $"You act for no board of this hub, so you cannot reach board \"{board.Id}\"."
                : $"You act for {string.Join(" and ", theirs.Select(known => $"board \"{known.Id}\""))}, not board \"{board.Id}\".");
        }
        if (!BoardPermissions.Allows(user, activity, anonymousMayRead))
        {
            return ApiProblems.Forbidden(activity switch
            {
                BoardActivity.RecordProgress => "Only the board's business unit, and an agency's safeguarding lead on the actions their agency leads, can record progress.",
                BoardActivity.ReviewProgress => "Only the board's business unit can accept or return progress updates.",
                BoardActivity.ReadLadoAggregates => "The LADO's figures are shown to the business unit, board members and the LADO.",
                _ => "Your role does not give you access to this.",
            });
        }
        return null;
    }

    /// <summary>Gets one of the board's plans, or the refusal: not found for a key that is kept by no board or by another board.</summary>
    internal async Task<(BusinessPlan? Plan, IResult? Refusal)> PlanAsync(HubBoard board, string planKey, CancellationToken cancellationToken)
    {
        var plan = string.IsNullOrWhiteSpace(planKey) ? null : await plans.GetAsync(planKey.Trim(), cancellationToken).ConfigureAwait(false);
        if (plan is not null && board.Owns(plan.Board.Name))
        {
            return (plan, null);
        }
        return (null, ApiProblems.NotFound("There is no such plan.", $"Board \"{board.Id}\" has no plan with key \"{ApiQuery.Shorten(planKey ?? string.Empty)}\". List its plans at the board's plans address."));
    }

    /// <summary>Lists the board's plans.</summary>
    internal async Task<IReadOnlyList<BusinessPlanSummary>> PlansAsync(HubBoard board, CancellationToken cancellationToken) =>
        [.. (await plans.ListAsync(cancellationToken).ConfigureAwait(false)).Where(plan => board.Owns(plan.BoardName))];
}
