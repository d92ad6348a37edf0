using Safeguarding.BoardPapers.Papers;
using Safeguarding.BoardPapers.YearlyReports;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;
using Safeguarding.Tests.Shared;

namespace Safeguarding.BoardPapers.Tests.Support;

/// <summary>The papers of the seed documents that the snapshot tests pin, each as at a date of its own document.</summary>
public static class SeedPapers
{
    internal const string ExceptionReport2009 = "safeguarding-review-exception-report-2009-05";
    internal const string Herefordshire2014 = "hscb-business-plan-2014-15";

    internal static readonly LocalDate May2009 = new(2009, 5, 31);
    internal static readonly LocalDate November2014 = new(2014, 11, 30);

    private static readonly Lazy<IReadOnlyDictionary<string, BusinessPlan>> Plans = new(() =>
        PlanFileImporter.ImportFolder(Path.Combine(RepositoryRoot.Seeds, "plans")).ToDictionary(plan => plan.Key));

    internal static BusinessPlan Plan(string key) => Plans.Value[key];

    internal static AnnualReport AnnualReport2015To16 => AnnualReportReader.ReadFile(Path.Combine(RepositoryRoot.Seeds, "reports", "hscb-annual-report-2015-16.json"));

    internal static Scorecard DomesticAbuseScorecard => ScorecardReader.ReadFile(Path.Combine(RepositoryRoot.Seeds, "scorecards", "domestic-abuse-2015-16.json"));

    /// <summary>Every paper, by name: seed 001's exception report as at 31 May 2009 (every action due, as the document lists them, and exceptions only), Herefordshire 2014's plan, one agency's actions, an action's history and the returns due as at 30 November 2014, and the domestic abuse scorecard.</summary>
    internal static IReadOnlyDictionary<string, Func<BoardPaper>> All { get; } = new Dictionary<string, Func<BoardPaper>>
    {
        ["ExceptionReport.May2009"] = () => ExceptionReportPaper.Create(Plan(ExceptionReport2009), May2009, ExceptionReportMode.AllDue),
        ["ExceptionReport.May2009.ExceptionsOnly"] = () => ExceptionReportPaper.Create(Plan(ExceptionReport2009), May2009, ExceptionReportMode.ExceptionsOnly),
        ["ActionPlan.Herefordshire2014"] = () => ActionPlanPaper.Create(Plan(Herefordshire2014), November2014),
        ["ActionPlan.HerefordshireCouncil"] = () => ActionPlanPaper.Create(Plan(Herefordshire2014), November2014, "Herefordshire Council"),
        ["Scorecard.DomesticAbuse2015-16"] = () => ScorecardPaper.Create(DomesticAbuseScorecard, "domestic-abuse-2015-16"),
        ["ProgressHistory.Herefordshire2014Action1.1.2"] = () => ProgressHistoryPaper.Create(Plan(Herefordshire2014), "1.1.2", November2014),
        ["UpdatesDue.Herefordshire2014"] = () => UpdatesDuePaper.Create(Plan(Herefordshire2014), November2014),
        ["YearlyReport.Herefordshire2015-16"] = () => YearlyReportPaper.Create(PartnersYearlyReport.Create(AnnualReport2015To16, DomesticAbuseScorecard), "hscb-annual-report-2015-16"),
    };

    public static TheoryData<string> Names() => [.. All.Keys];
}
