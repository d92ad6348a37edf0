using Safeguarding.Domain.Access;

namespace Safeguarding.Widgets.Security;

/// <summary>
/// The named authorization policies the widgets register, for the host's own pages too:
/// <c>[Authorize(Policy = SafeguardingPolicies.ReadPlans)]</c>. Each asks
/// <see cref="BoardPermissions"/>, so a page, a widget and a form agree.
/// </summary>
public static class SafeguardingPolicies
{
    /// <summary>Read plans, ratings and reports (signed-in staff; anonymous only if the host allows).</summary>
    public const string ReadPlans = "Safeguarding.ReadPlans";

    /// <summary>Record progress on some action (the business unit, or an agency lead). Per action, check <see cref="RecordProgressOnAction"/> with the action as the resource.</summary>
    public const string RecordProgress = "Safeguarding.RecordProgress";

    /// <summary>Record progress on one action: the resource is a <see cref="ProgressTarget"/>. The business unit may on any action; an agency lead only on actions their agency leads.</summary>
    public const string RecordProgressOnAction = "Safeguarding.RecordProgressOnAction";

    /// <summary>Accept or return progress updates (the business unit).</summary>
    public const string ReviewProgress = "Safeguarding.ReviewProgress";

    /// <summary>Import or revise plans (the business unit).</summary>
    public const string ManagePlans = "Safeguarding.ManagePlans";

    /// <summary>Use the practice guides (everyone, signed in or not).</summary>
    public const string UsePracticeGuides = "Safeguarding.UsePracticeGuides";

    /// <summary>Read the LADO's aggregate figures (business unit, board members, the LADO).</summary>
    public const string ReadLadoAggregates = "Safeguarding.ReadLadoAggregates";

    /// <summary>Read LADO case records (the LADO only).</summary>
    public const string ReadLadoCases = "Safeguarding.ReadLadoCases";

    /// <summary>Keep the private fostering register (the private fostering officer).</summary>
    public const string ManagePrivateFosteringRegister = "Safeguarding.ManagePrivateFosteringRegister";

    /// <summary>Record, change and import LADO case records (the LADO only).</summary>
    public const string ManageLadoCases = "Safeguarding.ManageLadoCases";

    /// <summary>Read the private fostering register's yearly figures (business unit, board members, the private fostering officer).</summary>
    public const string ReadPrivateFosteringAggregates = "Safeguarding.ReadPrivateFosteringAggregates";

    /// <summary>Gets the policy name for an activity.</summary>
    /// <param name="activity">The activity.</param>
    /// <returns>The policy's name.</returns>
    public static string For(BoardActivity activity) => activity switch
    {
        BoardActivity.ReadPlans => ReadPlans,
        BoardActivity.RecordProgress => RecordProgress,
        BoardActivity.ReviewProgress => ReviewProgress,
        BoardActivity.ManagePlans => ManagePlans,
        BoardActivity.UsePracticeGuides => UsePracticeGuides,
        BoardActivity.ReadLadoAggregates => ReadLadoAggregates,
        BoardActivity.ReadLadoCases => ReadLadoCases,
        BoardActivity.ManagePrivateFosteringRegister => ManagePrivateFosteringRegister,
        BoardActivity.ManageLadoCases => ManageLadoCases,
        BoardActivity.ReadPrivateFosteringAggregates => ReadPrivateFosteringAggregates,
        _ => throw new ArgumentOutOfRangeException(nameof(activity), activity, "Expected a board activity."),
    };
}
