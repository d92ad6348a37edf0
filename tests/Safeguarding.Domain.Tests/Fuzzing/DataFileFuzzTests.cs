using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Import;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;
using Xunit.Abstractions;

namespace Safeguarding.Domain.Tests.Fuzzing;

// Issue 8: data files never crash the readers. Each class fuzzes one reader (the classes run in
// parallel): 10,400 variants in all, each accepted and usable or rejected with the documented
// exception naming the file and a JSON path.

public class PlanFileFuzzTests(ITestOutputHelper output)
{
    internal const int VariantsPerFile = 1_100; // 4 seed plans: 4,400 variants

    [Fact]
    public void Every_mutated_plan_file_is_imported_and_usable_or_rejected_with_a_PlanFileException()
    {
        var outcome = DataFileFuzzer.Run<BusinessPlan, PlanFileException>("plans", VariantsPerFile, (bytes, name) => PlanFileImporter.Import(bytes, name), Use);

        DataFileFuzzer.Report(outcome, "PlanFileImporter", output);
    }

    private static void Use(BusinessPlan plan, PropertyWalker walker)
    {
        LocalDate[] dates = [plan.Period.Start, plan.Period.End, new(2009, 5, 31), new(2015, 6, 30)];
        foreach (var date in dates)
        {
            walker.Walk(RagRules.AssessPlan(plan, date), $"AssessPlan({date})");
            walker.Walk(ExceptionReport.Create(plan, date, ExceptionReportMode.AllDue), $"ExceptionReport({date}, AllDue)");
            walker.Walk(ExceptionReport.Create(plan, date, ExceptionReportMode.ExceptionsOnly), $"ExceptionReport({date}, ExceptionsOnly)");
        }
        walker.Walk(plan.ForBoardReports(), "ForBoardReports()");
        foreach (var action in plan.Actions)
        {
            Assert.Same(action, plan.FindAction(action.Ref));
        }
    }
}

public class LevelsOfNeedGuideFuzzTests(ITestOutputHelper output)
{
    internal const int VariantsPerFile = 1_000; // 2 seed guides: 2,000 variants

    [Fact]
    public void Every_mutated_guide_is_read_and_usable_by_the_decision_aid_or_rejected_with_a_DataFileException()
    {
        var outcome = DataFileFuzzer.Run<LevelsOfNeedGuide, DataFileException>("thresholds", VariantsPerFile, (bytes, name) => LevelsOfNeedGuideReader.Read(bytes, name), Use);

        DataFileFuzzer.Report(outcome, "LevelsOfNeedGuideReader", output);
    }

    private static void Use(LevelsOfNeedGuide guide, PropertyWalker walker)
    {
        var aid = new LevelsOfNeedDecisionAid(guide);
        walker.Walk(guide.HighestLevel, "HighestLevel");
        foreach (var level in guide.Levels)
        {
            Assert.Same(level, guide.Level(level.Number));
        }
        walker.Walk(aid.Suggest(guide.Indicators.Select(indicator => indicator.Id)), "Suggest(all)");
        foreach (var indicator in guide.Indicators)
        {
            walker.Walk(aid.Suggest(indicator.Id), $"Suggest({indicator.Id})");
        }
        walker.Walk(aid.Suggest(), "Suggest()");
    }
}

public class ScorecardFuzzTests(ITestOutputHelper output)
{
    internal const int VariantsPerFile = 2_000; // 1 seed scorecard

    [Fact]
    public void Every_mutated_scorecard_is_read_with_its_trends_and_changes_or_rejected_with_a_DataFileException()
    {
        var outcome = DataFileFuzzer.Run<Scorecard, DataFileException>("scorecards", VariantsPerFile, (bytes, name) => ScorecardReader.Read(bytes, name), Use);

        DataFileFuzzer.Report(outcome, "ScorecardReader", output);
    }

    private static void Use(Scorecard scorecard, PropertyWalker walker)
    {
        foreach (var indicator in scorecard.Indicators)
        {
            Assert.Same(indicator, scorecard.Indicator(indicator.Id));
            _ = indicator.Trend;
            _ = indicator.ChangeFromFirstToLastQuarter?.Percentage;
            _ = indicator.ChangeFromPreviousQuarter?.Percentage;
            foreach (var value in indicator.Values)
            {
                walker.Walk(scorecard.QuarterOf(value), "QuarterOf");
                _ = indicator.Rate(value.Value);
                Assert.Same(value, indicator.ValueFor(value.Quarter));
            }
            if (indicator.PublishedChange is { FromQuarter: { } from, ToQuarter: { } to })
            {
                walker.Walk(indicator.ChangeBetween(from, to), "ChangeBetween");
            }
        }
    }
}

public class AnnualReportFuzzTests(ITestOutputHelper output)
{
    internal const int VariantsPerFile = 2_000; // 1 seed report

    [Fact]
    public void Every_mutated_annual_report_is_read_with_its_computed_figures_or_rejected_with_a_DataFileException()
    {
        var outcome = DataFileFuzzer.Run<AnnualReport, DataFileException>("reports", VariantsPerFile, (bytes, name) => AnnualReportReader.Read(bytes, name), Use);

        DataFileFuzzer.Report(outcome, "AnnualReportReader", output);
    }

    private static void Use(AnnualReport report, PropertyWalker walker)
    {
        foreach (var inconsistency in report.Inconsistencies)
        {
            walker.Walk(report.InconsistenciesFor(inconsistency.Section, inconsistency.Field), "InconsistenciesFor");
        }
        foreach (var quarter in report.ChildProtectionPlans.Quarters)
        {
            foreach (var category in quarter.Categories)
            {
                _ = quarter.PercentOf(category.Category);
            }
        }
    }
}
