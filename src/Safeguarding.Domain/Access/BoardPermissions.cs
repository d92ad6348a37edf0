using Safeguarding.Domain.BusinessPlans;

namespace Safeguarding.Domain.Access;

/// <summary>
/// Who may do what: the one place the board's permission matrix is written. The widgets'
/// authorization policies and the hub ask this, so a page, a form and an API agree.
/// </summary>
/// <remarks>
/// Source: DESIGN.md "Progress and permissions". Anonymous users may use the practice guides,
/// and read plans only where the host allows it.
/// </remarks>
public static class BoardPermissions
{
    /// <summary>Tells whether someone may do something at all (for an action's progress, also ask <see cref="MayRecordProgressOn"/>).</summary>
    /// <param name="user">The user, or <c>null</c> when no one is signed in.</param>
    /// <param name="activity">What they want to do.</param>
    /// <param name="anonymousMayReadPlans">Whether the host lets anonymous users read plans. The default is <c>false</c>.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool Allows(BoardUser? user, BoardActivity activity, bool anonymousMayReadPlans = false)
    {
        if (user is null)
        {
            return activity == BoardActivity.UsePracticeGuides
                || (activity == BoardActivity.ReadPlans && anonymousMayReadPlans);
        }
        return activity switch
        {
            // Every role is staff of a partner agency, and the plan is the partnership's shared business.
            BoardActivity.ReadPlans => true,
            BoardActivity.RecordProgress => user.IsIn(BoardRole.BusinessUnit) || (user.IsIn(BoardRole.AgencyLead) && user.Agencies.Count > 0),
            BoardActivity.ReviewProgress => user.IsIn(BoardRole.BusinessUnit),
            BoardActivity.ManagePlans => user.IsIn(BoardRole.BusinessUnit),
            BoardActivity.UsePracticeGuides => true,
            BoardActivity.ReadLadoAggregates => user.IsIn(BoardRole.BusinessUnit) || user.IsIn(BoardRole.BoardMember) || user.IsIn(BoardRole.Lado),
            BoardActivity.ReadLadoCases => user.IsIn(BoardRole.Lado),
            BoardActivity.ManagePrivateFosteringRegister => user.IsIn(BoardRole.PrivateFosteringOfficer),
            BoardActivity.ManageLadoCases => user.IsIn(BoardRole.Lado),
            // DESIGN.md: aggregates of the private fostering register go to the business unit and board members.
            BoardActivity.ReadPrivateFosteringAggregates => user.IsIn(BoardRole.BusinessUnit) || user.IsIn(BoardRole.BoardMember) || user.IsIn(BoardRole.PrivateFosteringOfficer),
            _ => false,
        };
    }

    /// <summary>
    /// Tells whether someone may record progress on one action: the business unit on any; an
    /// agency lead only on actions led by an agency they act for.
    /// </summary>
    /// <param name="user">The user, or <c>null</c> when no one is signed in.</param>
    /// <param name="plan">The plan, whose board names the agencies and their short names.</param>
    /// <param name="action">The action.</param>
    /// <returns><c>true</c> when allowed.</returns>
    public static bool MayRecordProgressOn(BoardUser? user, BusinessPlan plan, PlanAction action)
    {
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(action);
        if (user is null)
        {
            return false;
        }
        if (user.IsIn(BoardRole.BusinessUnit))
        {
            return true;
        }
        return user.IsIn(BoardRole.AgencyLead) && LeadsAction(user, plan, action);
    }

    /// <summary>Tells whether an action is led by one of the agencies a user acts for, by name or short name.</summary>
    /// <param name="user">The user.</param>
    /// <param name="plan">The plan, whose board names the agencies and their short names.</param>
    /// <param name="action">The action.</param>
    /// <returns><c>true</c> when the action's lead agency is one of theirs.</returns>
    public static bool LeadsAction(BoardUser user, BusinessPlan plan, PlanAction action)
    {
        Preconditions.CheckNotNull(user);
        Preconditions.CheckNotNull(plan);
        Preconditions.CheckNotNull(action);
        var lead = action.Lead.AgencyName;
        if (lead is null)
        {
            return false;
        }
        var leadAgency = plan.Board.FindAgency(lead);
        return user.Agencies.Any(agency => string.Equals(agency, lead, StringComparison.OrdinalIgnoreCase) || (leadAgency?.IsNamed(agency) ?? false));
    }
}
