using Safeguarding.BoardPapers.Tests.Support;
using Safeguarding.BoardPapers.Writers;
using Safeguarding.BoardPapers.YearlyReports;

namespace Safeguarding.BoardPapers.Tests.YearlyReports;

/// <summary>The partners' yearly report for 2015-16, built from seed 003's figures.</summary>
public class PartnersYearlyReportTests
{
    [Fact]
    public void The_sections_come_in_the_order_the_guidance_gives()
    {
        var report = PartnersYearlyReport.Create(SeedPapers.AnnualReport2015To16, SeedPapers.DomesticAbuseScorecard);

        Assert.Equal(
        [
            "What the partners did, and how effective the arrangements were",
            "Child safeguarding practice reviews",
            "Impact on outcomes for children and families, including training",
            "Where there has been little or no evidence of progress",
            "Feedback from children and families",
            "Child death reviews",
        ], report.Sections.Select(section => section.Heading));
        Assert.Equal("Safeguarding partners' yearly report 2015-16", report.Title);
        Assert.Equal(new LocalDate(2016, 3, 31), report.AsAt);
    }

    [Fact]
    public void Every_published_figure_is_recomputed_from_the_counts_and_only_the_recorded_inconsistency_disagrees()
    {
        var figures = SeedPapers.AnnualReport2015To16;
        var report = PartnersYearlyReport.Create(figures, SeedPapers.DomesticAbuseScorecard);
        var compared = report.Sections.SelectMany(section => section.Figures).Where(figure => figure.Published is not null && !figure.Check!.StartsWith("Published as a percentage only", StringComparison.Ordinal)).ToList();

        // Twenty category shares (five categories, four quarters), the budget's two totals and the monthly average.
        Assert.Equal(23, compared.Count);
        var disagreement = Assert.Single(report.Disagreements);
        Assert.Equal("Allegations a month (the year's allegations over 12 months)", disagreement.Measure);
        Assert.Equal(9.75m, disagreement.Value);
        Assert.Equal(9.5m, disagreement.Published);
        Assert.Contains(figures.InconsistenciesFor("allegations", "publishedMonthlyAverage").Single().Description, disagreement.Check, StringComparison.Ordinal);
        Assert.All(compared.Where(figure => !figure.Disagrees), figure => Assert.StartsWith("Agrees with the published", figure.Check, StringComparison.Ordinal));
    }

    [Fact]
    public void Each_share_is_computed_from_counts_and_each_figure_names_its_source()
    {
        var report = PartnersYearlyReport.Create(SeedPapers.AnnualReport2015To16);
        var neglect = report.Sections[2].Figures.Single(figure => figure.Measure == "Q4: Neglect");

        // 71 of 231 children at the end of Q4, which seed 003 prints as 31%.
        Assert.Equal(71m, neglect.Value);
        Assert.Equal(71m * 100m / 231m, neglect.Share);
        Assert.Equal(31m, neglect.Published);
        Assert.All(report.Sections.SelectMany(section => section.Figures).Where(figure => figure.Missing is null),
            figure => Assert.StartsWith("003_2b82dd704ae0436e.txt", figure.Source.Document, StringComparison.Ordinal));
    }

    [Fact]
    public void A_figure_the_data_does_not_give_says_so_and_is_never_a_blank_or_a_zero()
    {
        var report = PartnersYearlyReport.Create(SeedPapers.AnnualReport2015To16);
        var csv = CsvPaperWriter.WriteToString(YearlyReportPaper.Create(report, "hscb-annual-report-2015-16"));

        var missing = report.Sections.SelectMany(section => section.Figures).Where(figure => figure.Missing is not null).ToList();
        Assert.Equal(
        [
            "The business plan's actions by rating at the end of the year",
            "Practice reviews' recommendations, and the actions taken on them",
            "The scorecard's indicators",
            "Feedback sought from children and families, and what changed",
        ], missing.Select(figure => figure.Measure));
        Assert.All(missing, figure => Assert.Null(figure.Value));
        Assert.Contains("\"The scorecard's indicators\",\"Not in the data: no scorecard for 2015-16 was given\"", csv, StringComparison.Ordinal);
        Assert.Contains("Not in the data: no business plan for 2015-16 was given, so progress on its priorities cannot be judged.", csv, StringComparison.Ordinal);
    }

    [Fact]
    public void A_reader_who_may_not_see_the_LADO_s_figures_is_told_whose_they_are()
    {
        var report = PartnersYearlyReport.Create(SeedPapers.AnnualReport2015To16, includeAllegations: false);
        var impact = report.Sections[2].Figures;

        Assert.DoesNotContain(impact, figure => figure.Measure.Contains("LADO", StringComparison.Ordinal) && figure.Value is not null);
        Assert.Contains(impact, figure => figure.Missing == "The LADO's figures are shown to the business unit, board members and the LADO");
    }

    [Fact]
    public void A_business_plan_for_another_year_is_refused_rather_than_reported()
    {
        var error = Assert.Throws<ArgumentException>(() => PartnersYearlyReport.Create(SeedPapers.AnnualReport2015To16, plan: SeedPapers.Plan(SeedPapers.ExceptionReport2009)));

        Assert.Equal("plan", error.ParamName);
        Assert.Contains("2015-16", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_business_plan_s_outcomes_and_the_priorities_short_of_progress_are_reported_for_a_plan_of_the_year()
    {
        // Herefordshire's 2014-15 plan overlaps 2014-15 only, so it is reported against a copy of 2015-16's figures moved a year back.
        var figures = SeedPapers.AnnualReport2015To16 with { Year = new Safeguarding.Domain.Calendars.FinancialYear(2014) };
        var plan = SeedPapers.Plan(SeedPapers.Herefordshire2014);
        var report = PartnersYearlyReport.Create(figures, plan: plan);

        var outcomes = report.Sections[0].Figures.Where(figure => figure.Measure.StartsWith("The business plan's actions rated", StringComparison.Ordinal)).ToList();
        Assert.Equal(6, outcomes.Count);
        Assert.Equal(plan.Actions.Count(), outcomes.Sum(figure => figure.Value));
        Assert.Equal(100m, outcomes.Sum(figure => figure.Share));
        Assert.NotEmpty(report.Sections[3].Statements);
        Assert.All(report.Sections[3].Statements, statement => Assert.Matches("^Development area [0-9]+, .*: (red|amber) \\(", statement));
    }
}
