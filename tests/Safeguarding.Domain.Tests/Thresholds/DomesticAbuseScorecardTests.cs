using Safeguarding.Domain.Calendars;
using Safeguarding.Domain.Rag;
using Safeguarding.Domain.Reporting;
using Safeguarding.Domain.Thresholds;

namespace Safeguarding.Domain.Tests.Thresholds;

/// <summary>The domestic abuse scorecard of 003_2b82dd704ae0436e.txt, Appendix 3, as data.</summary>
public class DomesticAbuseScorecardTests
{
    private static readonly Scorecard Scorecard = ScorecardReader.ReadFile(ThresholdSeedFiles.DomesticAbuseScorecard);

    public static TheoryData<string> IndicatorIds => [.. Scorecard.Indicators.Select(indicator => indicator.Id)];

    [Fact]
    public void Scorecard_loads_with_its_four_indicators_and_sixteen_values()
    {
        Assert.Equal(new FinancialYear(2015), Scorecard.Year);
        Assert.Equal(4, Scorecard.Indicators.Count);
        Assert.Equal(16, Scorecard.Indicators.Sum(indicator => indicator.Values.Count));
    }

    [Fact]
    public void Values_are_as_published()
    {
        Assert.Equal([284m, 376m, 243m, 273m], Scorecard.Indicator("unique-children-marac").Values.Select(value => value.Value));
        Assert.Equal([300m, 298m, 298m, 315m], Scorecard.Indicator("children-exposed-to-crimes-and-incidents").Values.Select(value => value.Value));
        Assert.Equal([36m, 26m, 26m, 26m], Scorecard.Indicator("children-exposed-three-or-more-times").Values.Select(value => value.Value));
        Assert.Equal([93m, 79m, 79m, 32m], Scorecard.Indicator("children-exposed-recorded-by-social-care").Values.Select(value => value.Value));
    }

    [Fact]
    public void Only_the_rows_the_document_marks_smaller_is_better_have_a_polarity()
    {
        Assert.Equal(
            ["children-exposed-to-crimes-and-incidents", "children-exposed-three-or-more-times"],
            Scorecard.Indicators.Where(indicator => indicator.Polarity == IndicatorPolarity.SmallerIsBetter).Select(indicator => indicator.Id));
        Assert.All(Scorecard.Indicators, indicator => Assert.NotEqual(IndicatorPolarity.LargerIsBetter, indicator.Polarity));
    }

    [Theory]
    [MemberData(nameof(IndicatorIds))]
    public void Published_change_is_reproduced_from_the_values_where_the_file_says_which_quarters_it_compares(string id)
    {
        var indicator = Scorecard.Indicator(id);
        var published = indicator.PublishedChange!;
        if (published.FromQuarter is not { } from || published.ToQuarter is not { } to)
        {
            Assert.True(published.IsInconsistent, $"{id}: a published change the figures cannot reproduce must be recorded as inconsistent");
            return;
        }

        var computed = indicator.ChangeBetween(from, to).Percentage!.Value;

        Assert.True(PublishedFigures.AgreesWithinRounding(computed, published.Percent!.Value), $"{id}: computed {computed:0.00}% from Q{from} to Q{to}, published {published.Text}");
    }

    [Fact]
    public void Published_changes_that_are_consistent_are_the_latest_quarter_on_quarter_change()
    {
        var consistent = Scorecard.Indicators.Where(indicator => !indicator.PublishedChange!.IsInconsistent).ToList();

        Assert.Equal(2, consistent.Count);
        Assert.All(consistent, indicator =>
            Assert.True(PublishedFigures.AgreesWithinRounding(indicator.ChangeFromPreviousQuarter!.Percentage!.Value, indicator.PublishedChange!.Percent!.Value)));
    }

    [Fact]
    public void Recorded_inconsistency_the_first_rows_published_change_is_not_its_latest_quarter_on_quarter_change()
    {
        var indicator = Scorecard.Indicator("unique-children-marac");

        Assert.True(indicator.PublishedChange!.IsInconsistent);
        Assert.False(PublishedFigures.AgreesWithinRounding(indicator.ChangeFromPreviousQuarter!.Percentage!.Value, indicator.PublishedChange.Percent!.Value));
        Assert.False(PublishedFigures.AgreesWithinRounding(indicator.ChangeFromFirstToLastQuarter!.Percentage!.Value, indicator.PublishedChange.Percent!.Value));
    }

    [Fact]
    public void Recorded_inconsistency_the_third_rows_published_change_follows_from_no_pair_of_its_values()
    {
        var indicator = Scorecard.Indicator("children-exposed-three-or-more-times");
        var published = indicator.PublishedChange!;

        var anyPairAgrees = indicator.Values.SelectMany(from => indicator.Values.Where(to => to.Quarter > from.Quarter).Select(to => indicator.ChangeBetween(from.Quarter, to.Quarter)))
            .Any(change => PublishedFigures.AgreesWithinRounding(change.Percentage!.Value, published.Percent!.Value));

        Assert.True(published.IsInconsistent);
        Assert.False(anyPairAgrees);
    }

    [Fact]
    public void Recorded_inconsistency_quarter_labels_repeat_Q3()
    {
        var labels = Scorecard.Indicator("children-exposed-to-crimes-and-incidents").Values.Select(value => value.PublishedLabel).ToList();

        Assert.Equal(["Q1 15-16", "Q3 15-16", "Q3 15-16", "Q4 15-16"], labels);
        Assert.Contains(Scorecard.TranscriptionNotes!, note => note.Contains("\"Q3\" is printed twice", StringComparison.Ordinal));
    }

    [Fact]
    public void Values_are_not_rated_because_no_target_is_published()
    {
        Assert.All(Scorecard.Indicators.SelectMany(indicator => indicator.Ratings), rated => Assert.Equal(RagRating.NotRated, rated.Rating));
    }

    [Fact]
    public void Trends_follow_polarity_from_first_to_last_quarter()
    {
        Assert.Equal(IndicatorTrend.Worsening, Scorecard.Indicator("children-exposed-to-crimes-and-incidents").Trend);
        Assert.Equal(IndicatorTrend.Improving, Scorecard.Indicator("children-exposed-three-or-more-times").Trend);
        Assert.Equal(IndicatorTrend.NotJudged, Scorecard.Indicator("unique-children-marac").Trend);
    }

    [Fact]
    public void Second_column_is_the_second_quarter_of_2015_16()
    {
        var value = Scorecard.Indicator("unique-children-marac").Values[1];

        Assert.Equal(new FinancialQuarter(new FinancialYear(2015), 2), Scorecard.QuarterOf(value));
    }
}
