using Mapster;
using Microsoft.Extensions.Options;
using Safeguarding.Domain;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.Widgets.ViewModels;

/// <summary>
/// Builds each widget's view model from the domain: the widgets ask this service, and it asks the
/// <see cref="IBusinessPlanRepository"/>. Hosts can use it for their own pages too.
/// </summary>
public sealed class WidgetViewModelService
{
    private readonly IBusinessPlanRepository _repository;
    private readonly IClock _clock;
    private readonly SafeguardingWidgetsOptions _options;
    private readonly Dictionary<string, BusinessPlan> _loaded = new(StringComparer.Ordinal);

    /// <summary>Creates the service.</summary>
    /// <param name="repository">Where plans are kept.</param>
    /// <param name="clock">The clock "today" is taken from.</param>
    /// <param name="options">The widgets' options.</param>
    public WidgetViewModelService(IBusinessPlanRepository repository, IClock clock, IOptions<SafeguardingWidgetsOptions> options)
    {
        ArgumentNullException.ThrowIfNull(options);
        _repository = repository ?? throw new ArgumentNullException(nameof(repository));
        _clock = clock ?? throw new ArgumentNullException(nameof(clock));
        _options = options.Value;
    }

    /// <summary>Gets today's date in the widgets' time zone.</summary>
    /// <returns>Today.</returns>
    public LocalDate Today() =>
        _options.Today(_clock);

    /// <summary>Gets a plan by key, or the default plan.</summary>
    /// <param name="planKey">The plan's key; <c>null</c> for <see cref="SafeguardingWidgetsOptions.DefaultPlanKey"/> or else the first plan listed.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The plan.</returns>
    /// <exception cref="KeyNotFoundException">There is no such plan; the message lists the keys there are.</exception>
    /// <remarks>A plan is loaded once per request (this service is scoped) and shared by every widget on the page.</remarks>
    public async Task<BusinessPlan> GetPlanAsync(string? planKey, CancellationToken cancellationToken = default)
    {
        var requested = planKey ?? _options.DefaultPlanKey ?? string.Empty;
        if (_loaded.TryGetValue(requested, out var loaded))
        {
            return loaded;
        }
        var plan = await LoadPlanAsync(planKey, cancellationToken).ConfigureAwait(false);
        _loaded[requested] = plan;
        return plan;
    }

    private async Task<BusinessPlan> LoadPlanAsync(string? planKey, CancellationToken cancellationToken)
    {
        var key = planKey ?? _options.DefaultPlanKey;
        if (key is null)
        {
            var first = ((await _repository.ListAsync(cancellationToken).ConfigureAwait(false)) is [var firstListed, ..] ? firstListed : null)
                ?? throw new KeyNotFoundException("Expected at least one business plan in the repository, but it holds none.");
            key = first.Key;
        }
        var plan = await _repository.GetAsync(key, cancellationToken).ConfigureAwait(false);
        if (plan is null)
        {
            var keys = (await _repository.ListAsync(cancellationToken).ConfigureAwait(false)).Select(summary => $"\"{summary.Key}\"");
            throw new KeyNotFoundException($"Expected a business plan with key \"{key}\", but the repository holds only {string.Join(", ", keys)}.");
        }
        return plan;
    }

    // Board reports count only accepted updates where the board requires acceptance.
    private async Task<BusinessPlan> GetReportPlanAsync(string? planKey, CancellationToken cancellationToken) =>
        (await GetPlanAsync(planKey, cancellationToken).ConfigureAwait(false)).ForBoardReports();

    /// <summary>Builds the action plan table: the whole plan, or one lead agency's actions.</summary>
    /// <param name="planKey">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="agency">The lead agency's name or short name, or <c>null</c> for every action.</param>
    /// <param name="asAt">The date to rate as at, or <c>null</c> for today.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view model.</returns>
    public async Task<ActionPlanViewModel> GetActionPlanAsync(string? planKey, string? agency, LocalDate? asAt, CancellationToken cancellationToken = default)
    {
        var plan = await GetReportPlanAsync(planKey, cancellationToken).ConfigureAwait(false);
        var date = asAt ?? Today();
        var assessment = RagRules.AssessPlan(plan, date, RuleOptions);
        var agencyName = AgencyNameIn(plan, agency);
        var shown = agencyName is null
            ? plan.Actions.ToHashSet()
            : AgencySpec(plan, agencyName).Evaluate(plan.Actions).ToHashSet();
        var rows = assessment.Actions.ToDictionary(item => item.Action, item => Row(plan, item));

        var priorities = plan.Priorities
            .Select(priority => new PriorityViewModel
            {
                Id = HtmlIds.Priority(priority.Number),
                Heading = $"{plan.PriorityTerm} {priority.Number}: {priority.Title}",
                Rating = Badge(assessment.Priorities[priority.Number]),
                ActionAreas = [.. priority.ActionAreas
                    .Where(area => area.Actions.Any(shown.Contains))
                    .Select(area => new ActionAreaViewModel
                    {
                        Heading = $"Action area {area.Ref}: {area.Title}",
                        Driver = area.Driver,
                        MonitoredBy = area.MonitoredBy,
                        StrategicOversight = area.StrategicOversight,
                        Rating = Badge(assessment.ActionAreas[area.Ref]),
                        Actions = new SgActionTableModel($"Actions in action area {area.Ref}", [.. area.Actions.Where(shown.Contains).Select(action => rows[action])]),
                    })],
                Actions = priority.DirectActions.Any(shown.Contains)
                    ? new SgActionTableModel($"Actions in {plan.PriorityTerm.ToLowerInvariant()} {priority.Number}", [.. priority.DirectActions.Where(shown.Contains).Select(action => rows[action])])
                    : null,
            })
            .Where(priority => priority.ActionAreas.Count > 0 || priority.Actions is not null)
            .ToList();

        return new ActionPlanViewModel
        {
            PlanTitle = plan.Title,
            BoardName = plan.Board.Name,
            AsAt = DisplayDates.Format(date),
            AgencyName = agencyName,
            Notice = AgencyNotices.Unknown(plan, agency, "actions"),
            Priorities = priorities,
            ActionCount = shown.Count,
        };
    }

    /// <summary>Builds the RAG summary: counts per rating for each priority.</summary>
    /// <param name="planKey">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="asAt">The date to rate as at, or <c>null</c> for today.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view model.</returns>
    public async Task<RagSummaryViewModel> GetRagSummaryAsync(string? planKey, LocalDate? asAt, CancellationToken cancellationToken = default)
    {
        var plan = await GetReportPlanAsync(planKey, cancellationToken).ConfigureAwait(false);
        var date = asAt ?? Today();
        var assessment = RagRules.AssessPlan(plan, date, RuleOptions);
        var ratingsWorstFirst = Enum.GetValues<RagRating>().OrderByDescending(rating => rating.Severity()).ToList();

        var rows = plan.Priorities.Select(priority =>
        {
            var rollUp = assessment.Priorities[priority.Number];
            var segments = new List<RagSegmentViewModel>();
            var x = 0m;
            foreach (var rating in ratingsWorstFirst.Where(rating => rollUp.Counts[rating] > 0))
            {
                var width = Math.Round(100m * rollUp.Counts[rating] / rollUp.Total, 2);
                segments.Add(new RagSegmentViewModel(RagBadgeViewModel.For(rating), rollUp.Counts[rating], x, width));
                x += width;
            }
            return new RagSummaryRowViewModel
            {
                Label = $"{plan.PriorityTerm} {priority.Number}",
                Title = priority.Title,
                CountsInWords = $"{rollUp.CountsInWords} ({rollUp.Total} action{(rollUp.Total == 1 ? string.Empty : "s")})",
                Rating = Badge(rollUp),
                Segments = segments,
            };
        }).ToList();

        return new RagSummaryViewModel
        {
            PlanTitle = plan.Title,
            AsAt = DisplayDates.Format(date),
            Overall = Badge(assessment.Overall),
            OverallExplanation = assessment.Overall.Explanation,
            Rows = rows,
            Legend = [.. ratingsWorstFirst.Select(rating => RagBadgeViewModel.For(rating))],
        };
    }

    /// <summary>Builds the exception report as at a date.</summary>
    /// <param name="planKey">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="asAt">The date to report as at, or <c>null</c> for today.</param>
    /// <param name="exceptionsOnly"><c>true</c> for exceptions only, <c>false</c> for every action due.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view model.</returns>
    public async Task<ExceptionReportViewModel> GetExceptionReportAsync(string? planKey, LocalDate? asAt, bool exceptionsOnly, CancellationToken cancellationToken = default)
    {
        var plan = await GetReportPlanAsync(planKey, cancellationToken).ConfigureAwait(false);
        var date = asAt ?? Today();
        var report = ExceptionReport.Create(plan, date, exceptionsOnly ? ExceptionReportMode.ExceptionsOnly : ExceptionReportMode.AllDue, RuleOptions);
        return new ExceptionReportViewModel
        {
            PlanTitle = plan.Title,
            Title = report.Title,
            AsAtIso = date.ToString("uuuu-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
            ExceptionsOnly = exceptionsOnly,
            Groups = [.. report.Groups.Select(group => new ExceptionReportGroupViewModel(new SgActionTableModel(
                group.Heading,
                [.. group.Lines.Select(line => Row(plan, line.Assessment))])))],
        };
    }

    /// <summary>Builds "our actions due in the next N days".</summary>
    /// <param name="planKey">The plan's key, or <c>null</c> for the default plan.</param>
    /// <param name="agency">The lead agency's name or short name, or <c>null</c> for every agency.</param>
    /// <param name="days">How many days ahead to look, or <c>null</c> for <see cref="SafeguardingWidgetsOptions.DueSoonDays"/>.</param>
    /// <param name="asAt">The date to look from, or <c>null</c> for today.</param>
    /// <param name="cancellationToken">Cancels the call.</param>
    /// <returns>The view model.</returns>
    public async Task<ActionsDueViewModel> GetActionsDueAsync(string? planKey, string? agency, int? days, LocalDate? asAt, CancellationToken cancellationToken = default)
    {
        var plan = await GetReportPlanAsync(planKey, cancellationToken).ConfigureAwait(false);
        var date = asAt ?? Today();
        var window = days ?? _options.DueSoonDays;
        var agencyName = AgencyNameIn(plan, agency);
        var actions = agencyName is null ? plan.Actions : AgencySpec(plan, agencyName).Evaluate(plan.Actions);
        var open = actions.Where(action => !action.IsCompleteAsAt(date) && action.DueDate is not null).ToList();
        ActionRowViewModel RowOf(PlanAction action) => Row(plan, RagRules.Assess(plan, action, date, RuleOptions));

        // Due by the next milestone not yet met, so a milestone coming up is listed before the action's last date.
        List<ActionRowViewModel> dueSoon = [.. open.Where(action => action.DueDateAsAt(date) >= date && action.DueDateAsAt(date) <= date.PlusDays(window))
            .OrderBy(action => action.DueDateAsAt(date)).ThenBy(action => action.Ref, StringComparer.Ordinal).Select(RowOf)];
        // Overdue as the RAG rules say, so an action whose milestone passed unmet is listed too.
        List<ActionRowViewModel> overdue = [.. open.Select(action => RagRules.Assess(plan, action, date, RuleOptions)).Where(assessment => assessment.IsOverdue)
            .OrderBy(assessment => assessment.Action.DueDateAsAt(date)).ThenBy(assessment => assessment.Action.Ref, StringComparer.Ordinal)
            .Select(assessment => Row(plan, assessment))];
        return new ActionsDueViewModel
        {
            AgencyName = agencyName,
            Notice = AgencyNotices.Unknown(plan, agency, "actions"),
            Heading = $"Actions due in the next {window} days",
            DueSoon = new SgActionTableModel($"Due by {DisplayDates.Format(date.PlusDays(window))}: {Count(dueSoon.Count)}", dueSoon),
            Overdue = new SgActionTableModel($"Overdue: {Count(overdue.Count)} past their timescale", overdue),
        };
    }

    private ActionRowViewModel Row(BusinessPlan plan, RagAssessment assessment) =>
        assessment.Adapt<ActionRowViewModel>(WidgetMappings.Config) with { Link = _options.ActionPage(plan.Key, assessment.Action.Ref) };

    // A specification compiles its expressions on first use and keeps them, so one per agency the
    // board names is kept for every request; names the board does not know are not kept.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, ActionsByLeadAgencySpec> AgencySpecs = new(StringComparer.Ordinal);

    private static ActionsByLeadAgencySpec AgencySpec(BusinessPlan plan, string agencyName) =>
        plan.Board.FindAgency(agencyName) is not null
            ? AgencySpecs.GetOrAdd(agencyName, name => new ActionsByLeadAgencySpec(name))
            : new ActionsByLeadAgencySpec(agencyName);

    private static string Count(int count) => count == 1 ? "1 action" : $"{count} actions";

    // The board's own name for an agency given by name or short name; as given when the board lists no such agency.
    private static string? AgencyNameIn(BusinessPlan plan, string? agency) =>
        agency is null ? null : plan.Board.FindAgency(agency)?.Name ?? agency;

    private RagRuleOptions RuleOptions => new() { RiskWindowDays = _options.RiskWindowDays };

    private static RagBadgeViewModel Badge(RagRollUp rollUp) => RagBadgeViewModel.For(rollUp.Rating, explanation: rollUp.Explanation);

}
