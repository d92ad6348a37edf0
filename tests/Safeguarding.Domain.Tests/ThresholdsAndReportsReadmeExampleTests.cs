using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests;

/// <summary>The README's examples for Levels of Need, scorecards and annual report figures, kept compiling and true.</summary>
public class ThresholdsAndReportsReadmeExampleTests
{
    [Fact]
    public void Levels_of_Need_example()
    {
        var aid = new LevelsOfNeedDecisionAid(LevelsOfNeedGuides.Herefordshire);
        var suggestion = aid.Suggest("at-risk-of-step-up", "private-fostering");

        Assert.Equal("Level 3: Multi-agency intervention", suggestion.SuggestedLevel!.ToString());
        Assert.Equal(
            [PathwayStepKind.PreAssessmentChecklist, PathwayStepKind.EarlyHelpAssessment, PathwayStepKind.LeadProfessional, PathwayStepKind.EarlyTriage],
            suggestion.PathwaySteps.Select(step => step.Kind));
        Assert.Equal(["at-risk-of-step-up"], suggestion.DrivingIndicators.Select(indicator => indicator.Id));
        Assert.StartsWith("Notify the local authority", suggestion.RequiredActions[0].Text, StringComparison.Ordinal);
        Assert.StartsWith("This suggestion supports your professional judgement", suggestion.Reminder, StringComparison.Ordinal);
    }

    [Fact]
    public void Indicator_targets_example()
    {
        var scorecard = ScorecardReader.ReadFile(ThresholdSeedFiles.DomesticAbuseScorecard);
        var police = scorecard.Indicator("children-exposed-to-crimes-and-incidents");
        var change = police.ChangeFromFirstToLastQuarter!;
        var target = new IndicatorTarget(Target: 280, Tolerance: 20);

        Assert.Equal((15m, 5m), (change.Absolute, change.Percentage));
        Assert.Equal(IndicatorTrend.Worsening, police.Trend);
        Assert.Equal(RagRating.Green, target.Rate(280, IndicatorPolarity.SmallerIsBetter));
        Assert.Equal(RagRating.Amber, target.Rate(300, IndicatorPolarity.SmallerIsBetter));
        Assert.Equal(RagRating.Red, target.Rate(301, IndicatorPolarity.SmallerIsBetter));
    }

    [Fact]
    public void Annual_report_example()
    {
        var report = AnnualReportReader.ReadFile(ThresholdSeedFiles.AnnualReport);
        var q4 = report.ChildProtectionPlans.Quarters.Single(quarter => quarter.Quarter == 4);

        Assert.Equal(231, q4.Total);
        Assert.Equal(30.74m, Math.Round(q4.PercentOf("Neglect"), 2));
        Assert.True(PublishedFigures.AgreesWithinRounding(q4.PercentOf("Neglect"), 31m));
        Assert.Equal(9.75m, report.Allegations.MonthlyAverage);
        Assert.Single(report.InconsistenciesFor("allegations", "publishedMonthlyAverage"));
        Assert.Equal(383_964m, report.Budget.TotalContributions);
    }
}
