using BenchmarkDotNet.Attributes;
using Safeguarding.Domain;
using Safeguarding.Domain.Allegations;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Benchmarks;

/// <summary>
/// LADO timeliness for a year of many cases: how many were resolved within one month and within
/// three months of referral, by <see cref="AllegationAnnualFigures"/> against a hand-written loop
/// over arrays of referral and closure dates. Goal (issue 12): the domain ≤ 2 × the loop.
/// </summary>
[MemoryDiagnoser]
public class LadoTimelinessBenchmarks
{
    private static readonly FinancialYear Year = new(2015);
    private static readonly LocalDate AsAt = new(2016, 5, 31);

    private AllegationCase[] _cases = [];
    private DateOnly[] _referredOn = [];
    private DateOnly[] _closedOn = [];

    [ParamsSource(typeof(BenchmarkSizes), nameof(BenchmarkSizes.CaseCounts))]
    public int Cases { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        // Referrals from March 2015 to April 2016 (some outside the year, some after the date the
        // figures are as at), closed 0 to 120 days later or still open; 31sts and February 2016
        // (a leap year) are among them, so the corresponding-date rule's edges are exercised.
        var random = new Random(12);
        var first = new LocalDate(2015, 3, 1);
        var span = Period.DaysBetween(first, new LocalDate(2016, 4, 30)) + 1;
        _cases = new AllegationCase[Cases];
        _referredOn = new DateOnly[Cases];
        _closedOn = new DateOnly[Cases];
        for (var i = 0; i < Cases; i++)
        {
            var referred = first.PlusDays(random.Next(span));
            LocalDate? closed = random.Next(20) == 0 ? null : referred.PlusDays(random.Next(121));
            _cases[i] = new AllegationCase(new CaseReference($"LADO-{i}"), referred) { ClosedOn = closed };
            _referredOn[i] = referred.ToDateOnly();
            _closedOn[i] = closed?.ToDateOnly() ?? DateOnly.MaxValue;
        }
        Check();
    }

    /// <summary>Throws unless the domain and the loop give the same counts.</summary>
    public void Check()
    {
        var loop = HandWrittenLoop();
        var domain = AnnualFigures();
        if (loop != domain)
        {
            throw new InvalidOperationException($"Expected the same timeliness counts, but the loop gives {loop} and the domain {domain}.");
        }
    }

    /// <summary>The domain: the year's figures, and the counts of its one- and three-month measures.</summary>
    [Benchmark]
    public (int Total, int WithinOneMonth, int WithinThreeMonths) AnnualFigures()
    {
        var figures = AllegationAnnualFigures.For(_cases, Year, AsAt);
        return (figures.Total, figures.WithinOneMonth.Count, figures.WithinThreeMonths.Count);
    }

    /// <summary>
    /// The same written by hand: cases referred in the year and by the date; closed by the date; and
    /// closed on or before the corresponding date one (three) calendar months after referral, or
    /// that month's last day when it has no such day.
    /// </summary>
    [Benchmark(Baseline = true)]
    public (int Total, int WithinOneMonth, int WithinThreeMonths) HandWrittenLoop()
    {
        var yearStart = new DateOnly(Year.StartYear, 4, 1);
        var yearEnd = new DateOnly(Year.StartYear + 1, 3, 31);
        var asAt = AsAt.ToDateOnly();
        var referredOn = _referredOn;
        var closedOn = _closedOn;
        int total = 0, withinOne = 0, withinThree = 0;
        for (var i = 0; i < referredOn.Length; i++)
        {
            var referred = referredOn[i];
            if (referred < yearStart || referred > yearEnd || referred > asAt)
            {
                continue;
            }
            total++;
            var closed = closedOn[i];
            if (closed > asAt)
            {
                continue;
            }
            if (closed <= MonthsLater(referred, 1))
            {
                withinOne++;
            }
            if (closed <= MonthsLater(referred, 3))
            {
                withinThree++;
            }
        }
        return (total, withinOne, withinThree);
    }

    private static DateOnly MonthsLater(DateOnly date, int months)
    {
        var (year, month, day) = date;
        var monthIndex = month - 1 + months;
        year += monthIndex / 12;
        month = (monthIndex % 12) + 1;
        return new DateOnly(year, month, Math.Min(day, DateTime.DaysInMonth(year, month)));
    }
}
