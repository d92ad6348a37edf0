using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.BusinessPlans;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Allegations;

public class AllegationAnnualFiguresTests
{
    private static readonly FinancialYear Year2015 = new(2015);
    private static readonly LocalDate AsAt = new(2017, 6, 30);
    private static readonly LadoTimelinessTarget[] Targets = [LadoTimelinessTarget.Herefordshire2015To16];

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
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt, targets: Targets);

        Assert.Equal(TimelinessRating.DoesNotMeet, figures.WithinOneMonth.Rating);
        Assert.Equal(TimelinessRating.DoesNotMeet, figures.WithinThreeMonths.Rating);
        Assert.Equal(TimelinessRating.Meets, figures.WithinTwelveMonths.Rating);
    }

    [Fact]
    public void Eighty_percent_within_one_month_meets_the_expectation()
    {
        var cases = Enumerable.Range(1, 10).Select(i => Case(i, new LocalDate(2015, 5, i), i <= 8 ? 10 : 50));

        var figures = AllegationAnnualFigures.For(cases, Year2015, AsAt, targets: Targets);

        Assert.Equal(TimelinessRating.Meets, figures.WithinOneMonth.Rating);
        Assert.Equal(TimelinessRating.Meets, figures.WithinThreeMonths.Rating);
    }

    [Fact]
    public void Case_open_for_more_than_twelve_months_fails_the_twelve_month_expectation_unless_exceptional()
    {
        AllegationCase[] ordinary = [Case(1, new LocalDate(2015, 5, 1), 10), Case(2, new LocalDate(2015, 6, 1), null)];
        AllegationCase[] exceptional = [Case(1, new LocalDate(2015, 5, 1), 10), Case(2, new LocalDate(2015, 6, 1), null, exceptional: true)];

        Assert.Equal(TimelinessRating.DoesNotMeet, AllegationAnnualFigures.For(ordinary, Year2015, AsAt, targets: Targets).WithinTwelveMonths.Rating);
        Assert.Equal(TimelinessRating.Meets, AllegationAnnualFigures.For(exceptional, Year2015, AsAt, targets: Targets).WithinTwelveMonths.Rating);
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
        var figures = AllegationAnnualFigures.For([], Year2015, AsAt, targets: Targets);

        Assert.All(figures.Timeliness, measure => Assert.Equal(TimelinessRating.Meets, measure.Rating));
        Assert.Equal(0m, figures.MonthlyReferralRate);
    }

    [Fact]
    public void The_published_figures_are_measured_against_the_boards_target_and_say_whose_it_is()
    {
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt, targets: Targets);

        Assert.Same(LadoTimelinessTarget.Herefordshire2015To16, figures.Target);
        Assert.Equal(0.8m, figures.WithinOneMonth.ExpectedShare);
        Assert.StartsWith("80%, Herefordshire Safeguarding Children Board's local target (Working Together 2015", figures.WithinOneMonth.Target, StringComparison.Ordinal);
        Assert.StartsWith("Resolved within one month: 29 of 117 (25%); target 80%, Herefordshire Safeguarding Children Board's local target", figures.WithinOneMonth.ToString(), StringComparison.Ordinal);
        Assert.EndsWith(": does not meet", figures.WithinOneMonth.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Without_a_target_the_shares_are_given_but_not_rated()
    {
        var figures = AllegationAnnualFigures.For(Herefordshire2015(), Year2015, AsAt);

        Assert.Null(figures.Target);
        Assert.All(figures.Timeliness, measure => Assert.Equal(TimelinessRating.NoTarget, measure.Rating));
        Assert.Equal(25, figures.WithinOneMonth.Percentage);
        Assert.EndsWith("; no target set", figures.WithinOneMonth.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Seed_003s_target_applies_to_2015_16_and_not_to_the_year_after()
    {
        AllegationCase[] in2015 = [Case(1, new LocalDate(2016, 3, 31), 10)];
        AllegationCase[] in2016 = [Case(2, new LocalDate(2016, 4, 1), 10)];

        var first = AllegationAnnualFigures.For(in2015, Year2015, AsAt, targets: Targets);
        var second = AllegationAnnualFigures.For(in2016, new FinancialYear(2016), AsAt, targets: Targets);

        Assert.Equal(TimelinessRating.Meets, first.WithinOneMonth.Rating);
        Assert.Equal(TimelinessRating.NoTarget, second.WithinOneMonth.Rating);
        Assert.Null(second.Target);
    }

    [Fact]
    public void A_board_can_set_its_own_later_target()
    {
        var ours = new LadoTimelinessTarget("Example Safeguarding Partnership", "agreed by the partners in March 2024", new LocalDate(2024, 4, 1), null, new SourceCitation("Example partnership minutes, March 2024"))
        {
            WithinOneMonth = 0.6m,
        };
        AllegationCase[] cases = [Case(1, new LocalDate(2024, 5, 1), 10), Case(2, new LocalDate(2024, 5, 2), 10), Case(3, new LocalDate(2024, 5, 3), 90)];

        var figures = AllegationAnnualFigures.For(cases, new FinancialYear(2024), new LocalDate(2025, 6, 30), targets: [LadoTimelinessTarget.Herefordshire2015To16, ours]);

        Assert.Equal(TimelinessRating.Meets, figures.WithinOneMonth.Rating);
        Assert.StartsWith("60%, Example Safeguarding Partnership's local target", figures.WithinOneMonth.Target, StringComparison.Ordinal);
        Assert.Equal(TimelinessRating.NoTarget, figures.WithinThreeMonths.Rating);
    }

    [Fact]
    public void Two_targets_in_force_on_the_same_day_are_refused()
    {
        var overlapping = new LadoTimelinessTarget("Another board", "its own", new LocalDate(2015, 1, 1), null, new SourceCitation("Minutes"));

        var error = Assert.Throws<ArgumentException>(() => AllegationAnnualFigures.For([], Year2015, AsAt, targets: [LadoTimelinessTarget.Herefordshire2015To16, overlapping]));

        Assert.Contains("at most one LADO timeliness target in force on 1 April 2015", error.Message, StringComparison.Ordinal);
    }

    // Leap year: a month from 31 January 2016 ends on 29 February 2016.
    [Theory]
    [InlineData(2016, 2, 29, 0, 1)]
    [InlineData(2016, 3, 1, 1, 0)]
    public void An_open_case_inside_its_one_month_window_is_not_a_miss_and_one_past_it_is(int year, int month, int day, int measured, int notYetDue)
    {
        AllegationCase[] cases = [Case(1, new LocalDate(2016, 1, 31), null)];

        var measure = AllegationAnnualFigures.For(cases, Year2015, new LocalDate(year, month, day), targets: Targets).WithinOneMonth;

        Assert.Equal(measured, measure.Total);
        Assert.Equal(notYetDue, measure.NotYetDue);
        Assert.Equal(0, measure.Count);
        Assert.Equal(measured == 0 ? TimelinessRating.Meets : TimelinessRating.DoesNotMeet, measure.Rating);
    }

    [Fact]
    public void Young_open_cases_at_the_year_end_leave_the_one_month_share_and_stay_in_the_three_month_count_until_due()
    {
        // Referred 10 and 20 March 2016, open on 31 March: inside both windows, so neither is a miss yet.
        AllegationCase[] cases = [Case(1, new LocalDate(2016, 2, 1), 10), Case(2, new LocalDate(2016, 3, 10), null), Case(3, new LocalDate(2016, 3, 20), null)];

        var figures = AllegationAnnualFigures.For(cases, Year2015, new LocalDate(2016, 3, 31), targets: Targets);

        Assert.Equal(2, figures.StillOpen);
        Assert.Equal((1, 1, 2), (figures.WithinOneMonth.Count, figures.WithinOneMonth.Total, figures.WithinOneMonth.NotYetDue));
        Assert.Equal(100, figures.WithinOneMonth.Percentage);
        Assert.Equal((1, 1, 2), (figures.WithinThreeMonths.Count, figures.WithinThreeMonths.Total, figures.WithinThreeMonths.NotYetDue));
        Assert.Contains("2 open and not yet due left out", figures.WithinOneMonth.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_closed_after_the_as_at_date_counts_as_open()
    {
        AllegationCase[] cases = [Case(1, new LocalDate(2015, 12, 31), 31)];

        var onTheLastDay = AllegationAnnualFigures.For(cases, Year2015, new LocalDate(2016, 1, 31), targets: Targets).WithinOneMonth;
        var dayBefore = AllegationAnnualFigures.For(cases, Year2015, new LocalDate(2016, 1, 30), targets: Targets).WithinOneMonth;

        Assert.Equal((1, 1, 0), (onTheLastDay.Count, onTheLastDay.Total, onTheLastDay.NotYetDue));
        Assert.Equal((0, 0, 1), (dayBefore.Count, dayBefore.Total, dayBefore.NotYetDue));
    }
}
