namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// What a store answered to a revised version of a plan: stored, refused (it would drop actions
/// with recorded progress), a conflict with a revision stored meanwhile, or no such plan. Never an
/// exception for these.
/// </summary>
public sealed class PlanRevisionResult
{
    private PlanRevisionResult(PlanRevisionStatus status, PlanRevision? revision, int currentRevision, string message)
    {
        Status = status;
        Revision = revision;
        CurrentRevision = currentRevision;
        Message = message;
    }

    /// <summary>Gets what happened.</summary>
    public PlanRevisionStatus Status { get; }

    /// <summary>Gets what the revision adds, removes and changes against the plan as stored when it was offered, or <c>null</c> for a conflict or no such plan.</summary>
    public PlanRevision? Revision { get; }

    /// <summary>Gets the plan's <see cref="BusinessPlan.Revision"/> in the store after the call: the new one when stored, the one a conflicting revision left otherwise (-1 when there is no such plan).</summary>
    public int CurrentRevision { get; }

    /// <summary>Gets what happened, in words a business manager reads.</summary>
    public string Message { get; }

    /// <summary>The revision was stored.</summary>
    /// <param name="revision">What it changed.</param>
    /// <param name="currentRevision">The plan's revision number now.</param>
    /// <returns>The answer.</returns>
    public static PlanRevisionResult Stored(PlanRevision revision, int currentRevision) =>
        new(PlanRevisionStatus.Stored, Preconditions.CheckNotNull(revision), currentRevision,
            $"Stored revision {currentRevision} of the plan: {Counts(revision)}.");

    /// <summary>The revision would drop actions with recorded progress.</summary>
    /// <param name="revision">The comparison, whose <see cref="PlanRevision.Refused"/> names them.</param>
    /// <param name="currentRevision">The plan's revision number, unchanged.</param>
    /// <returns>The answer.</returns>
    public static PlanRevisionResult Refused(PlanRevision revision, int currentRevision) =>
        new(PlanRevisionStatus.Refused, Preconditions.CheckNotNull(revision), currentRevision,
            $"Nothing was stored: the revision removes action(s) {string.Join(", ", revision.Refused)}, which have recorded progress. Keep them in the file, or choose to drop them with their history.");

    /// <summary>Another revision was stored after the one this was made from.</summary>
    /// <param name="expectedRevision">The revision it was made from.</param>
    /// <param name="currentRevision">The plan's revision number now.</param>
    /// <returns>The answer.</returns>
    public static PlanRevisionResult Conflict(int expectedRevision, int currentRevision) =>
        new(PlanRevisionStatus.Conflict, null, currentRevision,
            $"Nothing was stored: the plan was revised by someone else (revision {currentRevision}) after the revision {expectedRevision} you compared with. Upload the file again to see the changes against it.");

    /// <summary>There is no plan with the key.</summary>
    /// <param name="key">The key looked for.</param>
    /// <returns>The answer.</returns>
    public static PlanRevisionResult NotFound(string key) =>
        new(PlanRevisionStatus.NotFound, null, -1, $"There is no plan with key \"{key}\": add it as a new plan instead.");

    private static string Counts(PlanRevision revision) =>
        $"{revision.Added.Count} action(s) added, {revision.Removed.Count} removed, {revision.Changed.Count} changed";
}
