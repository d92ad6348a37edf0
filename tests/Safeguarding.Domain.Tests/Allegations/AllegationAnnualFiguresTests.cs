using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Allegations;

public class AllegationAnnualFiguresTests
{
    private static readonly FinancialYear Year2015 = new(2015);
    private static readonly LocalDate AsAt = new(2017, 6, 30);

    private static AllegationCase Case(int number, LocalDate referred, int? daysOpen, AgencySector referrer = AgencySector.Education,
        AllegationOutcome? outcome = null, bool exceptional = false) =>
        new(new CaseReference($"LADO-2015-{number:000}"), referred)
        {
            ClosedOn = daysOpen is { } days ? referred.PlusDays(days) : null,
            ReferringSector = referrer,
            Outcome = outcome,
            IsExceptional = exceptional,
        };

    // 117 referrals spread over 2015-16, as in the Herefordshire report (seed 003): 29 closed within
    // one month (25%), 39 within one to three months (33%) and 49 after longer (42%).
    private static List<AllegationCase> Herefordshire2015()
    {
        var cases = new List<AllegationCase>();
        for (var i = 0; i < 117; i++)
        {
            var referred = Year2015.Start.PlusDays(i * 3);
            var days = i < 29 ? 20 : i < 68 ? 60 : 200;
            cases.Add(Case(i + 1, referred, days, i % 3 == 0 ? AgencySector.LocalAuthority : AgencySector.Education,
                i % 4 == 0 ? AllegationOutcome.Substantiated : AllegationOutcome.Unsubstantiated));
        }
        return cases;
    }

    [Fact]
    public void Monthly_referral_rate_is_the_count_over_twelve()
    {
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt);

        Assert.Equal(117, figures.Total);
        Assert.Equal(9.75m, figures.MonthlyReferralRate);
    }

    [Fact]
    public void Shares_resolved_match_the_published_percentages()
    {
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt);
        var bands = figures.ByResolutionBand.ToDictionary();

        Assert.Equal(25, figures.WithinOneMonth.Percentage);
        Assert.Equal(33, (int)Math.Round(bands[ResolutionBand.WithinThreeMonths] * 100m / figures.Total, MidpointRounding.AwayFromZero));
        Assert.Equal(42, (int)Math.Round(bands[ResolutionBand.WithinTwelveMonths] * 100m / figures.Total, MidpointRounding.AwayFromZero));
    }

    [Fact]
    public void Year_with_a_quarter_resolved_within_one_month_does_not_meet_the_expectation()
    {
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt);

        Assert.Equal(TimelinessRating.DoesNotMeet, figures.WithinOneMonth.Rating);
        Assert.Equal(TimelinessRating.DoesNotMeet, figures.WithinThreeMonths.Rating);
        Assert.Equal(TimelinessRating.Meets, figures.WithinTwelveMonths.Rating);
    }

    [Fact]
    public void Eighty_percent_within_one_month_meets_the_expectation()
    {
        var cases = Enumerable.Range(1, 10).Select(i => Case(i, new LocalDate(2015, 5, i), i <= 8 ? 10 : 50));

        var figures = AllegationAnnualFigures.For(cases, Year2015, AsAt);

        Assert.Equal(TimelinessRating.Meets, figures.WithinOneMonth.Rating);
        Assert.Equal(TimelinessRating.Meets, figures.WithinThreeMonths.Rating);
    }

    [Fact]
    public void Case_open_for_more_than_twelve_months_fails_the_twelve_month_expectation_unless_exceptional()
    {
        AllegationCase[] ordinary = [Case(1, new LocalDate(2015, 5, 1), 10), Case(2, new LocalDate(2015, 6, 1), null)];
        AllegationCase[] exceptional = [Case(1, new LocalDate(2015, 5, 1), 10), Case(2, new LocalDate(2015, 6, 1), null, exceptional: true)];

        Assert.Equal(TimelinessRating.DoesNotMeet, AllegationAnnualFigures.For(ordinary, Year2015, AsAt).WithinTwelveMonths.Rating);
        Assert.Equal(TimelinessRating.Meets, AllegationAnnualFigures.For(exceptional, Year2015, AsAt).WithinTwelveMonths.Rating);
    }

    [Fact]
    public void Cases_referred_outside_the_year_are_left_out()
    {
        AllegationCase[] cases = [Case(1, new LocalDate(2015, 3, 31), 10), Case(2, new LocalDate(2015, 4, 1), 10), Case(3, new LocalDate(2016, 4, 1), 10)];

        Assert.Equal(1, AllegationAnnualFigures.For(cases, Year2015, AsAt).Total);
    }

    [Fact]
    public void Open_cases_are_counted_as_at_the_date()
    {
        AllegationCase[] cases = [Case(1, new LocalDate(2016, 3, 1), 10), Case(2, new LocalDate(2016, 3, 20), 30)];

        Assert.Equal(1, AllegationAnnualFigures.For(cases, Year2015, new LocalDate(2016, 3, 31)).StillOpen);
    }

    [Fact]
    public void Mean_of_previous_years_ignores_this_year_and_later()
    {
        var totals = new Dictionary<FinancialYear, int> { [new(2013)] = 120, [new(2014)] = 175, [Year2015] = 117 };

        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt, totals);

        Assert.Equal(147.5m, figures.MeanOfPreviousYears);
    }

    [Fact]
    public void Referrals_are_counted_by_referring_sector_largest_first()
    {
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt);

        Assert.Equal([KeyValuePair.Create(AgencySector.Education, 78), KeyValuePair.Create(AgencySector.LocalAuthority, 39)], figures.ByReferringSector);
    }

    [Fact]
    public void Outcomes_are_counted()
    {
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt);

        Assert.Equal([KeyValuePair.Create(AllegationOutcome.Substantiated, 30), KeyValuePair.Create(AllegationOutcome.Unsubstantiated, 87)], figures.ByOutcome);
    }

    [Fact]
    public void Year_without_cases_meets_every_expectation()
    {
        var figures = AllegationAnnualFigures.For([], Year2015, AsAt);

        Assert.All(figures.Timeliness, measure => Assert.Equal(TimelinessRating.Meets, measure.Rating));
        Assert.Equal(0m, figures.MonthlyReferralRate);
    }
}
