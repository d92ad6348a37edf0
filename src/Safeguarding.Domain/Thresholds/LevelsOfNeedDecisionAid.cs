namespace Safeguarding.Domain.Thresholds;

/// <summary>
/// Suggests a level of need from the indicators a practitioner selects in a
/// <see cref="LevelsOfNeedGuide"/>: the highest level among them, its pathway steps and the
/// indicators that drove it. Immediate danger always adds "contact the police or the MASH now";
/// private fostering always adds "notify the local authority". The suggestion supports
/// professional judgement and does not replace it.
/// </summary>
public sealed class LevelsOfNeedDecisionAid
{
    /// <summary>What to do when a child is in immediate danger.</summary>
    /// <remarks>DESIGN.md, Thresholds: "Immediate danger ⇒ police/MASH now".</remarks>
    public const string ImmediateDangerAction =
        "Contact the police or the MASH now: the child is in immediate danger.";

    /// <summary>What to do when a child may be privately fostered.</summary>
    /// <remarks>
    /// 000_c934ee8d227a9289.txt, action area 3.4 (private fostering is a risk factor in the Levels
    /// of Need; the workforce must "notify children's social care services of private fostering
    /// arrangements"); 003_2b82dd704ae0436e.txt, section 6e (professionals' "responsibility to
    /// notify the Council").
    /// </remarks>
    public const string PrivateFosteringAction =
        "Notify the local authority (children's social care) of the private fostering arrangement, whatever level of need is suggested.";

    private static readonly SourceCitation ImmediateDangerSource =
        new("DESIGN.md", "Thresholds", "Immediate danger ⇒ police/MASH now.");

    private static readonly SourceCitation PrivateFosteringSource =
        new("000_c934ee8d227a9289.txt", "Action area 3.4: Private Fostering",
            "ensure they understand the need to notify children's social care services of private fostering arrangements");

    /// <summary>Creates the decision aid for <paramref name="guide"/>.</summary>
    /// <param name="guide">The area's guide.</param>
    /// <exception cref="ArgumentNullException"><paramref name="guide"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException"><paramref name="guide"/> is not usable: the message lists every problem.</exception>
    public LevelsOfNeedDecisionAid(LevelsOfNeedGuide guide)
    {
        Guide = Preconditions.CheckNotNull(guide);
        var problems = guide.FindProblems();
        Preconditions.CheckArgument(problems.Count == 0, nameof(guide),
            "Expected a usable Levels of Need guide, but: " + string.Join("; ", problems.Select(problem => $"{problem.Path}: {problem.Message}")));
    }

    /// <summary>Gets the guide the aid suggests from.</summary>
    public LevelsOfNeedGuide Guide { get; }

    /// <summary>Suggests a level for the indicators selected.</summary>
    /// <param name="indicatorIds">The ids of the selected indicators (duplicates are ignored).</param>
    /// <returns>The suggestion; with no level when no selected indicator has one.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="indicatorIds"/> is <c>null</c>.</exception>
    /// <exception cref="ArgumentException">An id is not one of the guide's indicators.</exception>
    public LevelsOfNeedSuggestion Suggest(IEnumerable<string> indicatorIds)
    {
        Preconditions.CheckNotNull(indicatorIds);
        var wanted = new HashSet<string>(StringComparer.Ordinal);
        foreach (var id in indicatorIds)
        {
            Guide.Indicator(id);
            wanted.Add(id);
        }
        var selected = Guide.Indicators.Where(indicator => wanted.Contains(indicator.Id)).ToList();

        // The highest level among the selected indicators.
        var top = selected.Where(indicator => indicator.Level is not null).Select(indicator => indicator.Level!.Value).DefaultIfEmpty(0).Max();
        var level = top == 0 ? null : Guide.Level(top);
        var driving = level is null ? [] : selected.Where(indicator => indicator.Level == top).ToList();

        var actions = new List<RequiredAction>();
        var danger = selected.Where(indicator => indicator.Kind == NeedIndicatorKind.ImmediateDanger).ToList();
        if (danger.Count > 0)
        {
            actions.Add(new RequiredAction(ImmediateDangerAction, IsUrgent: true, ImmediateDangerSource, danger));
        }
        var fostering = selected.Where(indicator => indicator.Kind == NeedIndicatorKind.PrivateFostering).ToList();
        if (fostering.Count > 0)
        {
            actions.Add(new RequiredAction(PrivateFosteringAction, IsUrgent: false, PrivateFosteringSource, fostering));
        }
        return new LevelsOfNeedSuggestion(Guide, level, selected, driving, actions);
    }

    /// <summary>Suggests a level for the indicators selected.</summary>
    /// <param name="indicatorIds">The ids of the selected indicators.</param>
    /// <returns>The suggestion.</returns>
    /// <exception cref="ArgumentException">An id is not one of the guide's indicators.</exception>
    public LevelsOfNeedSuggestion Suggest(params string[] indicatorIds) => Suggest((IEnumerable<string>)indicatorIds);
}
