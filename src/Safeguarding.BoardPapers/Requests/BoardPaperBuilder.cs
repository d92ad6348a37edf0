using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.YearlyReports;
using Safeguarding.Domain.Access;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;

namespace Safeguarding.BoardPapers.Requests;

/// <summary>
/// Builds the board paper a request asks for from a host's sources: the one place the widgets'
/// paper endpoint and the hub's API turn a request into a paper, so that both serve the same paper
/// for the same request. What the request gets wrong is a <see cref="PaperProblem"/> naming the
/// parameter, never an exception.
/// </summary>
public static class BoardPaperBuilder
{
    /// <summary>Builds the paper.</summary>
    /// <param name="request">The request; one with <see cref="PaperRequest.Errors"/> is refused with the first.</param>
    /// <param name="sources">The host's plan, scorecards, yearly report, date and settings.</param>
    /// <returns>The paper, or the problem: a missing parameter or an agency the plan does not name (invalid), an action or scorecard that does not exist (not found).</returns>
    /// <exception cref="InvalidOperationException">A paper of a plan without <see cref="PaperSources.Plan"/>, or the yearly report without <see cref="PaperSources.AnnualReport"/>.</exception>
    public static PaperBuildResult Build(PaperRequest request, PaperSources sources)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(sources);
        if (request.Errors.Count > 0)
        {
            return PaperBuildResult.Invalid(request.Errors[0].Field, request.Errors[0].Message);
        }
        if (request.Paper == BoardPaperKind.Scorecard)
        {
            return Scorecard(request, sources);
        }
        if (request.Paper == BoardPaperKind.YearlyReport)
        {
            return YearlyReport(request, sources);
        }
        var plan = sources.Plan ?? throw new InvalidOperationException($"Expected the plan of the {request.Paper.Name()} paper in PaperSources.Plan, but it is null.");
        var asAt = request.AsAt ?? sources.Today;
        switch (request.Paper)
        {
            case BoardPaperKind.ExceptionReport:
                return PaperBuildResult.Built(ExceptionReportPaper.Create(plan, asAt,
                    request.ExceptionsOnly ? ExceptionReportMode.ExceptionsOnly : ExceptionReportMode.AllDue, request.AsItStoodOn, sources.Rules));
            case BoardPaperKind.ActionPlan:
                return UnknownAgency(plan, request.Agency, ownAgency: false)
                    ?? PaperBuildResult.Built(ActionPlanPaper.Create(plan, asAt, request.Agency, request.AsItStoodOn, sources.Rules));
            case BoardPaperKind.ProgressHistory:
                if (request.Action is null)
                {
                    return Missing("action", "the action by its ref, such as 2.1.3");
                }
                return plan.FindAction(request.Action) is null
                    ? PaperBuildResult.NotFound("action", $"Expected the ref of an action in the plan \"{plan.Title}\", such as \"{plan.Actions.FirstOrDefault()?.Ref}\", but found \"{PaperRequest.Shorten(request.Action)}\".")
                    : PaperBuildResult.Built(ProgressHistoryPaper.Create(plan, request.Action, sources.Today, request.AsItStoodOn));
            case BoardPaperKind.UpdatesDue:
                var agency = request.Agency ?? OwnAgency(sources.Reader);
                return UnknownAgency(plan, agency, ownAgency: request.Agency is null)
                    ?? PaperBuildResult.Built(UpdatesDuePaper.Create(plan, asAt, agency, sources.EscalateAfterDays, request.AsItStoodOn));
            default:
                throw new ArgumentOutOfRangeException(nameof(request), request.Paper, "Expected a defined board paper.");
        }
    }

    /// <summary>Gets the agency whose progress returns a reader sees when they name none: an agency lead's own (not the business unit's), else every agency's.</summary>
    /// <param name="reader">Who asks, or <c>null</c>.</param>
    /// <returns>The agency lead's first agency, or <c>null</c> for every agency.</returns>
    public static string? OwnAgency(BoardUser? reader) =>
        reader is { } lead && lead.IsIn(BoardRole.AgencyLead) && !lead.IsIn(BoardRole.BusinessUnit) && lead.Agencies.Count > 0 ? lead.Agencies[0] : null;

    private static PaperBuildResult Scorecard(PaperRequest request, PaperSources sources)
    {
        if (request.Scorecard is null)
        {
            return Missing("scorecard", "the scorecard by its file's name, such as domestic-abuse-2015-16");
        }
        return FindScorecard(request.Scorecard, sources) is { } scorecard
            ? PaperBuildResult.Built(ScorecardPaper.Create(scorecard, request.Scorecard))
            : NoSuchScorecard(request.Scorecard);
    }

    /// <summary>Builds the partners' yearly report from the year's figures, with the plan only when its period falls in the year (otherwise the report says there is none).</summary>
    /// <param name="figures">The year's figures.</param>
    /// <param name="scorecard">The year's scorecard, or <c>null</c>.</param>
    /// <param name="plan">A plan, or <c>null</c>; counted as board reports count it (<see cref="BusinessPlan.ForBoardReports"/>).</param>
    /// <param name="includeAllegations">Whether the reader may see the LADO's figures.</param>
    /// <param name="options">RAG rule settings; <c>null</c> for the defaults.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentException">The scorecard is for another year.</exception>
    public static PartnersYearlyReport YearlyReportOf(AnnualReport figures, Domain.Thresholds.Scorecard? scorecard, BusinessPlan? plan, bool includeAllegations, RagRuleOptions? options)
    {
        ArgumentNullException.ThrowIfNull(figures);
        var ofTheYear = plan is not null && plan.Period.Intersection(figures.Year.Interval) is not null ? plan : null;
        return PartnersYearlyReport.Create(figures, scorecard, ofTheYear?.ForBoardReports(), includeAllegations, options);
    }

    private static PaperBuildResult YearlyReport(PaperRequest request, PaperSources sources)
    {
        var figures = (sources.AnnualReport ?? throw new InvalidOperationException("Expected the host's annual report figures in PaperSources.AnnualReport, but it is null."))();
        Domain.Thresholds.Scorecard? scorecard = null;
        if (request.Scorecard is { } key)
        {
            scorecard = FindScorecard(key, sources);
            if (scorecard is null)
            {
                return NoSuchScorecard(key);
            }
            if (scorecard.Year != figures.Year)
            {
                return PaperBuildResult.Invalid("scorecard", $"Expected a scorecard for {figures.Year.Label}, the yearly report's year, but \"{PaperRequest.Shorten(key)}\" is for {scorecard.Year.Label}.");
            }
        }
        return PaperBuildResult.Built(YearlyReportPaper.Create(YearlyReportOf(figures, scorecard, sources.Plan, sources.MayReadLadoFigures, sources.Rules), "partners-yearly-report"));
    }

    private static Domain.Thresholds.Scorecard? FindScorecard(string key, PaperSources sources) => sources.Scorecards?.Invoke(key);

    private static PaperBuildResult NoSuchScorecard(string key) =>
        PaperBuildResult.NotFound("scorecard", $"Expected the name of one of the board's scorecards, such as domestic-abuse-2015-16, but found \"{PaperRequest.Shorten(key)}\".");

    private static PaperBuildResult Missing(string name, string naming) =>
        PaperBuildResult.Invalid(name, $"Expected \"{name}\" in the address, naming {naming}.");

    private static PaperBuildResult? UnknownAgency(BusinessPlan plan, string? agency, bool ownAgency) =>
        agency is null || PlanPapers.FindAgencyName(plan, agency) is not null ? null
        : PaperBuildResult.Invalid("agency", PlanPapers.UnknownAgency(plan, PaperRequest.Shorten(agency))
            + (ownAgency ? " That is your own agency, which leads nothing in this plan: name another in \"agency\"." : string.Empty));
}
