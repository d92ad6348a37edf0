using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Tests.Allegations;

/// <summary>
/// The year's figures are counted in one pass with deadlines worked out per day of the year; these
/// check them, case by case, against <see cref="AllegationTimeliness"/>'s rules applied to each case.
/// </summary>
public class AllegationAnnualFiguresCountingTests
{
    private static readonly FinancialYear Year2015 = new(2015);

    // Referrals on every day from March 2015 to April 2016 (so some outside the year, and 31sts and
    // 29 February 2016 among them), closed 0 to 400 days later or still open, some exceptional.
    private static List<AllegationCase> EveryDayOfTheYearAndAround()
    {
        var random = new Random(2015);
        var cases = new List<AllegationCase>();
        var number = 0;
        for (var day = new LocalDate(2015, 3, 1); day <= new LocalDate(2016, 4, 30); day = day.PlusDays(1))
        {
            for (var i = 0; i < 4; i++)
            {
                LocalDate? closed = random.Next(6) == 0 ? null : day.PlusDays(random.Next(401));
                cases.Add(new AllegationCase(new CaseReference($"LADO-{++number}"), day) { ClosedOn = closed, IsExceptional = random.Next(5) == 0 });
            }
        }
        return [.. cases.OrderBy(_ => random.Next())];
    }

    public static TheoryData<int, int, int> AsAtDates => new()
    {
        { 2015, 6, 30 },
        { 2016, 2, 29 },
        { 2016, 3, 31 },
        { 2016, 5, 31 },
        { 2017, 6, 30 },
    };

    [Theory]
    [MemberData(nameof(AsAtDates))]
    public void Each_measure_counts_what_the_rule_says_of_each_case(int year, int month, int day)
    {
        var asAt = new LocalDate(year, month, day);
        var cases = EveryDayOfTheYearAndAround();
        var inYear = cases.Where(allegation => Year2015.Contains(allegation.ReferredOn) && allegation.ReferredOn <= asAt).ToList();

        var figures = AllegationAnnualFigures.For(cases, Year2015, asAt, targets: [LadoTimelinessTarget.Herefordshire2015To16]);

        foreach (var (measure, months) in new[] { (figures.WithinOneMonth, 1), (figures.WithinThreeMonths, 3), (figures.WithinTwelveMonths, 12) })
        {
            var notYetDue = inYear.Count(allegation => allegation.IsOpen(asAt) && asAt <= AllegationTimeliness.ResolvedWithinMonthsBy(allegation.ReferredOn, months));
            var resolved = inYear.Count(allegation => !allegation.IsOpen(asAt) && AllegationTimeliness.IsResolvedWithin(allegation.ReferredOn, allegation.ClosedOn!.Value, months));
            Assert.Equal((resolved, inYear.Count - notYetDue, notYetDue), (measure.Count, measure.Total, measure.NotYetDue));
        }
        Assert.Equal(
            [.. Enum.GetValues<ResolutionBand>().Select(band => KeyValuePair.Create(band, inYear.Count(allegation => AllegationTimeliness.BandOf(allegation, asAt) == band)))],
            figures.ByResolutionBand);
        Assert.Equal(inYear.Count(allegation => allegation.IsOpen(asAt)), figures.StillOpen);
    }

    [Fact]
    public void Twelve_month_target_is_missed_by_a_late_case_that_is_not_exceptional_and_met_when_it_is()
    {
        var referred = new LocalDate(2015, 5, 31);
        AllegationCase Late(bool exceptional) => new(new CaseReference("LADO-1"), referred) { ClosedOn = new LocalDate(2016, 6, 1), IsExceptional = exceptional };
        var target = new[] { LadoTimelinessTarget.Herefordshire2015To16 };

        var missed = AllegationAnnualFigures.For([Late(false)], Year2015, new LocalDate(2016, 6, 30), targets: target).WithinTwelveMonths;
        var met = AllegationAnnualFigures.For([Late(true)], Year2015, new LocalDate(2016, 6, 30), targets: target).WithinTwelveMonths;

        Assert.Equal(TimelinessRating.DoesNotMeet, missed.Rating);
        Assert.Equal(TimelinessRating.Meets, met.Rating);
    }

    [Fact]
    public void Cases_are_in_referral_order_and_cases_referred_on_one_day_keep_the_order_given()
    {
        var cases = EveryDayOfTheYearAndAround();

        var figures = AllegationAnnualFigures.For(cases, Year2015, new LocalDate(2016, 5, 31));

        Assert.Equal(cases.Where(allegation => Year2015.Contains(allegation.ReferredOn)).OrderBy(allegation => allegation.ReferredOn), figures.Cases);
    }

    [Fact]
    public void Cases_given_as_any_sequence_give_the_same_figures_as_an_array()
    {
        var cases = EveryDayOfTheYearAndAround();
        var asAt = new LocalDate(2016, 5, 31);

        var fromArray = AllegationAnnualFigures.For([.. cases], Year2015, asAt);
        var fromSequence = AllegationAnnualFigures.For(cases.Select(allegation => allegation), Year2015, asAt);

        Assert.Equal(fromArray.Cases, fromSequence.Cases);
        Assert.Equal(fromArray.Timeliness, fromSequence.Timeliness);
    }

    [Fact]
    public void A_missing_case_is_refused_naming_its_position()
    {
        AllegationCase[] cases = [new(new CaseReference("LADO-1"), new LocalDate(2015, 5, 1)), null!];

        var error = Assert.Throws<ArgumentException>(() => AllegationAnnualFigures.For(cases, Year2015, new LocalDate(2016, 5, 31)));

        Assert.Contains("position 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_case_dated_in_another_calendar_is_refused_rather_than_miscounted()
    {
        AllegationCase[] cases = [new(new CaseReference("LADO-1"), new LocalDate(2015, 5, 1, CalendarSystem.Julian))];

        var error = Assert.Throws<ArgumentException>(() => AllegationAnnualFigures.For(cases, Year2015, new LocalDate(2016, 5, 31)));

        Assert.Contains("ISO calendar", error.Message, StringComparison.Ordinal);
    }
}
