using Safeguarding.Domain.Rag;

namespace Safeguarding.Domain.BusinessPlans;

/// <summary>
/// A board's business plan: its priorities, action areas and actions, rated with the plan's RAG
/// scheme.
/// </summary>
public sealed class BusinessPlan
{
    // What the RAG rules read of every action, made again after any progress is recorded.
    private volatile PlanRatingIndex? _ratingIndex;

    /// <summary>Gets the key that identifies the plan in a store and in addresses, such as "hscb-business-plan-2014-15".</summary>
    /// <value>Lower-case letters, digits and hyphens; the importer uses the file name.</value>
    public required string Key { get; init; }

    /// <summary>Gets the board whose plan it is.</summary>
    public required Board Board { get; init; }

    /// <summary>Gets the plan's title.</summary>
    public required string Title { get; init; }

    /// <summary>Gets its version, such as "Version 3 – November 2014", or <c>null</c>.</summary>
    public string? Version { get; init; }

    /// <summary>Gets the period it covers.</summary>
    public required DateInterval Period { get; init; }

    /// <summary>Gets what the board calls its priorities. The default is "Priority".</summary>
    public string PriorityTerm { get; init; } = "Priority";

    /// <summary>Gets the RAG scheme its actions are rated with.</summary>
    public required RagScheme RagScheme { get; init; }

    /// <summary>Gets how often progress is expected, in days; an action with no update for longer is stale. The default is 92 (a quarter).</summary>
    public int ReportingCycleDays { get; init; } = 92;

    /// <summary>
    /// Gets a value indicating whether the board requires the business unit to accept a progress
    /// update before it counts in board reports. The default is <c>false</c>.
    /// </summary>
    public bool RequiresAcceptance { get; init; }

    /// <summary>Gets the plan's reference key of source documents.</summary>
    public IReadOnlyList<SourceReference> SourceReferences { get; init; } = [];

    /// <summary>Gets its child-centred aims, verbatim.</summary>
    public IReadOnlyList<string> Aims { get; init; } = [];

    /// <summary>Gets its outcome measures, verbatim.</summary>
    public IReadOnlyList<string> OutcomeMeasures { get; init; } = [];

    /// <summary>Gets its priorities in plan order.</summary>
    public required IReadOnlyList<Priority> Priorities { get; init; }

    /// <summary>Gets the document or file the plan was read from, or <c>null</c>.</summary>
    public string? Source { get; init; }

    /// <summary>
    /// Gets when the business unit archived the plan, or <c>null</c> while it is current. An
    /// archived plan stays readable and reportable, but progress is no longer recorded on it and
    /// it is not offered for updates.
    /// </summary>
    public Instant? ArchivedAt { get; init; }

    /// <summary>Gets a value indicating whether the plan is archived (<see cref="ArchivedAt"/> is set).</summary>
    public bool IsArchived => ArchivedAt is not null;

    /// <summary>
    /// Gets how many times a revised version of the plan has been stored over it (0 for the plan as
    /// first added). A store refuses a revision made from an older one, so that two people revising
    /// at once cannot overwrite each other's changes unseen.
    /// </summary>
    public int Revision { get; init; }

    /// <summary>Gets the index the RAG rules rate the whole plan from: the one kept, unless progress has been recorded since it was made.</summary>
    /// <returns>An index no older than the latest update recorded.</returns>
    internal PlanRatingIndex RatingIndex()
    {
        if (_ratingIndex is { } kept && kept.IsCurrentFor(this))
        {
            return kept;
        }
        var made = PlanRatingIndex.Of(this);
        _ratingIndex = made;
        return made;
    }

    /// <summary>Gets every action in plan order.</summary>
    public IEnumerable<PlanAction> Actions => Priorities.SelectMany(priority => priority.Actions);

    /// <summary>Gets every action area in plan order.</summary>
    public IEnumerable<ActionArea> ActionAreas => Priorities.SelectMany(priority => priority.ActionAreas);

    /// <summary>Finds an action by its ref.</summary>
    /// <param name="actionRef">The ref, such as "4.12".</param>
    /// <returns>The action, or <c>null</c>.</returns>
    public PlanAction? FindAction(string actionRef) =>
        Actions.FirstOrDefault(action => string.Equals(action.Ref, actionRef, StringComparison.Ordinal));

    /// <summary>
    /// Returns the plan as it stood on an instant: each action's history without what was recorded
    /// after it, even updates as at an earlier date. Every rating and report computed from the
    /// result is the one a board paper produced at that instant showed.
    /// </summary>
    /// <param name="instant">The instant, such as when last quarter's board paper was produced.</param>
    /// <returns>A read-only copy of the plan.</returns>
    public BusinessPlan AsItStoodOn(Instant instant) => WithActions(action => action.AsItStoodOn(instant));

    /// <summary>
    /// Returns the plan as board reports count it: where the board <see cref="RequiresAcceptance"/>,
    /// only updates imported with the plan or accepted by the business unit; otherwise the plan itself.
    /// </summary>
    /// <returns>The plan, or a read-only copy without the updates not yet accepted.</returns>
    public BusinessPlan ForBoardReports() => RequiresAcceptance ? WithActions(action => action.WithAcceptedProgressOnly()) : this;

    /// <summary>Returns the board and title.</summary>
    /// <returns>The plan's name.</returns>
    public override string ToString() => $"{Board.Name}: {Title}";

    internal BusinessPlan WithActions(Func<PlanAction, PlanAction> view) => Copy(view, ArchivedAt, Revision);

    /// <summary>The plan as a store keeps it: archived or not, and at a revision number of the store's.</summary>
    internal BusinessPlan WithStoreState(Instant? archivedAt, int revision) => Copy(action => action, archivedAt, revision);

    private BusinessPlan Copy(Func<PlanAction, PlanAction> view, Instant? archivedAt, int revision)
    {
        var views = Actions.ToDictionary(action => action, view);
        return new BusinessPlan
        {
            Key = Key,
            Board = Board,
            Title = Title,
            Version = Version,
            Period = Period,
            PriorityTerm = PriorityTerm,
            RagScheme = RagScheme,
            ReportingCycleDays = ReportingCycleDays,
            RequiresAcceptance = RequiresAcceptance,
            SourceReferences = SourceReferences,
            Aims = Aims,
            OutcomeMeasures = OutcomeMeasures,
            Source = Source,
            ArchivedAt = archivedAt,
            Revision = revision,
            Priorities = [.. Priorities.Select(priority => new Priority
            {
                Number = priority.Number,
                Title = priority.Title,
                DevelopmentPriorities = priority.DevelopmentPriorities,
                ActionAreas = [.. priority.ActionAreas.Select(area => new ActionArea
                {
                    Ref = area.Ref,
                    Title = area.Title,
                    Driver = area.Driver,
                    ReviewPlanPoints = area.ReviewPlanPoints,
                    MonitoredBy = area.MonitoredBy,
                    StrategicOversight = area.StrategicOversight,
                    ExpectedImpact = area.ExpectedImpact,
                    Actions = [.. area.Actions.Select(action => views[action])],
                })],
                DirectActions = [.. priority.DirectActions.Select(action => views[action])],
            })],
        };
    }
}
