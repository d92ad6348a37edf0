using Safeguarding.Domain.Allegations;

namespace Safeguarding.Domain.Tests.Allegations;

public class AllegationTimelinessTests
{
    private static AllegationCase Case(LocalDate referred, LocalDate? closed) =>
        new(new CaseReference("LADO-2026-001"), referred) { ClosedOn = closed };

    [Fact]
    public void Case_closed_exactly_one_month_after_referral_is_within_one_month()
    {
        Assert.Equal(ResolutionBand.WithinOneMonth, AllegationTimeliness.BandOf(Case(new(2026, 3, 10), new(2026, 4, 10)), new(2026, 6, 1)));
    }

    [Fact]
    public void Case_closed_a_day_after_one_month_is_within_three_months()
    {
        Assert.Equal(ResolutionBand.WithinThreeMonths, AllegationTimeliness.BandOf(Case(new(2026, 3, 10), new(2026, 4, 11)), new(2026, 6, 1)));
    }

    [Fact]
    public void Closure_on_31_January_for_a_referral_on_31_December_is_within_one_month()
    {
        Assert.True(AllegationTimeliness.IsResolvedWithin(new LocalDate(2025, 12, 31), new LocalDate(2026, 1, 31), 1));
    }

    [Fact]
    public void Month_from_31_January_ends_on_the_last_day_of_February()
    {
        Assert.True(AllegationTimeliness.IsResolvedWithin(new LocalDate(2026, 1, 31), new LocalDate(2026, 2, 28), 1));
        Assert.False(AllegationTimeliness.IsResolvedWithin(new LocalDate(2026, 1, 31), new LocalDate(2026, 3, 1), 1));
    }

    [Fact]
    public void Month_from_28_February_ends_on_28_March_not_at_the_month_end()
    {
        Assert.False(AllegationTimeliness.IsResolvedWithin(new LocalDate(2026, 2, 28), new LocalDate(2026, 3, 31), 1));
    }

    [Fact]
    public void Case_closed_after_the_as_at_date_is_open()
    {
        Assert.Equal(ResolutionBand.Open, AllegationTimeliness.BandOf(Case(new(2026, 3, 10), new(2026, 4, 10)), new(2026, 4, 1)));
    }

    [Fact]
    public void Case_closed_thirteen_months_after_referral_is_after_twelve_months()
    {
        Assert.Equal(ResolutionBand.AfterTwelveMonths, AllegationTimeliness.BandOf(Case(new(2025, 3, 10), new(2026, 4, 10)), new(2026, 6, 1)));
    }

    [Fact]
    public void Referral_on_the_Tuesday_after_Easter_for_a_Maundy_Thursday_allegation_is_within_one_working_day()
    {
        var allegation = new AllegationCase(new CaseReference("LADO-2026-002"), new LocalDate(2026, 4, 7)) { AllegationMadeOn = new LocalDate(2026, 4, 2) };

        Assert.True(allegation.WasReferredWithinOneWorkingDay());
    }

    [Fact]
    public void Referral_two_working_days_after_the_allegation_is_late()
    {
        var allegation = new AllegationCase(new CaseReference("LADO-2026-003"), new LocalDate(2026, 11, 25)) { AllegationMadeOn = new LocalDate(2026, 11, 23) };

        Assert.False(allegation.WasReferredWithinOneWorkingDay());
    }

    [Fact]
    public void Referral_timeliness_is_unknown_without_the_allegation_date()
    {
        Assert.Null(Case(new(2026, 3, 10), null).WasReferredWithinOneWorkingDay());
    }

    [Fact]
    public void Closure_before_referral_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Case(new(2026, 3, 10), new(2026, 3, 9)));
    }

    [Fact]
    public void Case_text_shows_the_reference_and_dates_only()
    {
        Assert.Equal("LADO-2026-001 referred 10 March 2026, open", Case(new(2026, 3, 10), null).ToString());
    }
}
