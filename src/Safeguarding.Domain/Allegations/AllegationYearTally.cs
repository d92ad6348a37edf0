using System.Buffers;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Safeguarding.Domain.Calendars;

namespace Safeguarding.Domain.Allegations;

/// <summary>
/// A financial year's allegation cases counted in one pass: the cases referred in the year (by the
/// date of the figures) in referral order, and how many fall in each resolution band and are still
/// inside each timeliness window. <see cref="AllegationAnnualFigures"/> reads its measures from it.
/// </summary>
/// <remarks>
/// The rules are <see cref="AllegationTimeliness"/>'s (the corresponding-date rule); this only
/// arranges the work so that a million cases cost one pass over them and no date arithmetic per
/// case. The one-, three- and twelve-month deadlines are worked out once for each day of the year
/// (<see cref="AllegationTimeliness.ResolvedWithinMonthsBy"/>) and looked up by the referral's month
/// and day; dates are compared as numbers made of their year, month and day (ISO dates only); the cases are put in referral order by counting them per day of the year (a stable
/// counting sort, the order <c>OrderBy</c> gives) rather than by comparing dates.
/// </remarks>
internal sealed class AllegationYearTally
{
    // A day of the year as ((years after the year's start) × 12 + month) × 32 + day: increasing with
    // the date, so counting per key sorts by date. April of the first year is 128; March of the next 127 + 12 × 32 + 31.
    private const int FirstKey = ((0 * 12) + 4) * 32;
    private const int KeyCount = (((1 * 12) + 3) * 32) + 32 - FirstKey;
    private const int NotInYear = -1;

    // The count in each band, by its value (the enum's values run from 1).
    private readonly int[] _bands = new int[Enum.GetValues<ResolutionBand>().Max(band => (int)band) + 1];

    private AllegationYearTally(AllegationCase[] cases) => Cases = cases;

    /// <summary>Gets the cases referred in the year and by the date, in referral order (cases referred on one day in the order given).</summary>
    public AllegationCase[] Cases { get; }

    /// <summary>Gets how many cases were open as at the date and still inside their one-month window.</summary>
    public int NotYetDueOneMonth { get; private set; }

    /// <summary>Gets how many cases were open as at the date and still inside their three-month window.</summary>
    public int NotYetDueThreeMonths { get; private set; }

    /// <summary>Gets how many cases were open as at the date and still inside their twelve-month window.</summary>
    public int NotYetDueTwelveMonths { get; private set; }

    /// <summary>Gets how many cases past their twelve-month window were not resolved within it and are not recorded as exceptional.</summary>
    public int OverdueNotExceptional { get; private set; }

    /// <summary>Gets how many cases are recorded as exceptional.</summary>
    public int Exceptional { get; private set; }

    /// <summary>Gets how many cases fall in a band as at the date.</summary>
    /// <param name="band">The band.</param>
    /// <returns>The count.</returns>
    public int InBand(ResolutionBand band) => _bands[(int)band];

    /// <summary>Gets how many cases were closed by the date within <paramref name="months"/> (1, 3 or 12) months of referral.</summary>
    /// <param name="months">1, 3 or 12.</param>
    /// <returns>The count.</returns>
    public int ResolvedWithin(int months) => months switch
    {
        1 => InBand(ResolutionBand.WithinOneMonth),
        3 => InBand(ResolutionBand.WithinOneMonth) + InBand(ResolutionBand.WithinThreeMonths),
        12 => InBand(ResolutionBand.WithinOneMonth) + InBand(ResolutionBand.WithinThreeMonths) + InBand(ResolutionBand.WithinTwelveMonths),
        _ => throw new ArgumentOutOfRangeException(nameof(months), months, "Expected 1, 3 or 12 months."),
    };

    /// <summary>Gets how many cases were open and inside their <paramref name="months"/>-month window (1, 3 or 12).</summary>
    /// <param name="months">1, 3 or 12.</param>
    /// <returns>The count.</returns>
    public int NotYetDue(int months) => months switch
    {
        1 => NotYetDueOneMonth,
        3 => NotYetDueThreeMonths,
        12 => NotYetDueTwelveMonths,
        _ => throw new ArgumentOutOfRangeException(nameof(months), months, "Expected 1, 3 or 12 months."),
    };

    /// <summary>Counts the cases referred in a year, by a date.</summary>
    /// <param name="cases">The cases; those referred outside the year or after the date are left out.</param>
    /// <param name="year">The financial year.</param>
    /// <param name="asAt">The date; a closure after it is not yet known.</param>
    /// <returns>The tally.</returns>
    /// <exception cref="ArgumentException">A case is <c>null</c>.</exception>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static AllegationYearTally Of(IEnumerable<AllegationCase> cases, FinancialYear year, LocalDate asAt)
    {
        ReadOnlySpan<AllegationCase> all = cases switch
        {
            AllegationCase[] array => array,
            List<AllegationCase> list => CollectionsMarshal.AsSpan(list),
            _ => cases.ToArray(),
        };
        var deadlines = Deadlines.For(year);
        var start = OrderKey(year.Start);
        var last = Math.Min(OrderKey(asAt), OrderKey(year.End));
        var asAtKey = OrderKey(asAt);
        var keys = ArrayPool<short>.Shared.Rent(all.Length);
        try
        {
            Span<int> perDay = stackalloc int[KeyCount + 1];
            perDay.Clear();
            var counting = new Counting();
            for (var i = 0; i < all.Length; i++)
            {
                var allegation = all[i] ?? throw new ArgumentException($"Expected an allegation case at position {i + 1}, but found none (null).", nameof(cases));
                var referred = allegation.ReferredOn;
                var (referredYear, referredMonth, referredDay) = Iso(referred);
                var referredKey = (referredYear << 9) | (referredMonth << 5) | referredDay;
                if (referredKey < start || referredKey > last)
                {
                    keys[i] = NotInYear;
                    continue;
                }
                var key = Key(referredYear, referredMonth, referredDay, year);
                keys[i] = (short)key;
                perDay[key + 1]++;
                counting.Add(allegation, asAtKey, in deadlines[key]);
            }

            // Each day's cases start after the earlier days' (a prefix sum), then go in as given.
            for (var key = 1; key <= KeyCount; key++)
            {
                perDay[key] += perDay[key - 1];
            }
            var sorted = new AllegationCase[perDay[KeyCount]];
            for (var i = 0; i < all.Length; i++)
            {
                if (keys[i] != NotInYear)
                {
                    sorted[perDay[keys[i]]++] = all[i];
                }
            }

            var tally = new AllegationYearTally(sorted);
            counting.CopyTo(tally);
            return tally;
        }
        finally
        {
            ArrayPool<short>.Shared.Return(keys);
        }
    }

    // A number that orders dates as they fall, worked out from the year, month and day alone: ISO
    // dates only (comparing dates in different calendars is refused, as LocalDate's comparison refuses it).
    private static int OrderKey(LocalDate date)
    {
        var (year, month, day) = Iso(date);
        return (year << 9) | (month << 5) | day;
    }

    private static (int Year, int Month, int Day) Iso(LocalDate date) =>
        date.Calendar == CalendarSystem.Iso
            ? (date.Year, date.Month, date.Day)
            : throw new ArgumentException($"Expected dates in the ISO calendar, but found {date} in the {date.Calendar} calendar.", nameof(date));

    private static int Key(int year, int month, int day, FinancialYear financialYear) =>
        ((((year - financialYear.StartYear) * 12) + month) * 32) + day - FirstKey;

    // The counts kept while passing over the cases.
    private struct Counting
    {
        private int _open;
        private int _withinOne;
        private int _withinThree;
        private int _withinTwelve;
        private int _afterTwelve;
        private int _notYetDueOne;
        private int _notYetDueThree;
        private int _notYetDueTwelve;
        private int _overdueNotExceptional;
        private int _exceptional;

        public void Add(AllegationCase allegation, int asAt, in Deadlines deadline)
        {
            var exceptional = allegation.IsExceptional;
            _exceptional += exceptional ? 1 : 0;
            if (allegation.ClosedOn is not { } closedOn || OrderKey(closedOn) is var closed && closed > asAt)
            {
                _open++;
                _notYetDueOne += asAt <= deadline.OneMonth ? 1 : 0;
                _notYetDueThree += asAt <= deadline.ThreeMonths ? 1 : 0;
                if (asAt <= deadline.TwelveMonths)
                {
                    _notYetDueTwelve++;
                }
                else if (!exceptional)
                {
                    _overdueNotExceptional++;
                }
            }
            else if (closed <= deadline.OneMonth)
            {
                _withinOne++;
            }
            else if (closed <= deadline.ThreeMonths)
            {
                _withinThree++;
            }
            else if (closed <= deadline.TwelveMonths)
            {
                _withinTwelve++;
            }
            else
            {
                _afterTwelve++;
                _overdueNotExceptional += exceptional ? 0 : 1;
            }
        }

        public readonly void CopyTo(AllegationYearTally tally)
        {
            tally._bands[(int)ResolutionBand.Open] = _open;
            tally._bands[(int)ResolutionBand.WithinOneMonth] = _withinOne;
            tally._bands[(int)ResolutionBand.WithinThreeMonths] = _withinThree;
            tally._bands[(int)ResolutionBand.WithinTwelveMonths] = _withinTwelve;
            tally._bands[(int)ResolutionBand.AfterTwelveMonths] = _afterTwelve;
            tally.NotYetDueOneMonth = _notYetDueOne;
            tally.NotYetDueThreeMonths = _notYetDueThree;
            tally.NotYetDueTwelveMonths = _notYetDueTwelve;
            tally.OverdueNotExceptional = _overdueNotExceptional;
            tally.Exceptional = _exceptional;
        }
    }

    // The last days on which a case referred on one day is resolved within one, three and twelve
    // months (as order keys), for every day of a year, by its key.
    private readonly struct Deadlines(int oneMonth, int threeMonths, int twelveMonths)
    {
        public int OneMonth { get; } = oneMonth;

        public int ThreeMonths { get; } = threeMonths;

        public int TwelveMonths { get; } = twelveMonths;

        public static Deadlines[] For(FinancialYear year)
        {
            var table = new Deadlines[KeyCount];
            for (var day = year.Start; day <= year.End; day = day.PlusDays(1))
            {
                table[Key(day.Year, day.Month, day.Day, year)] = new Deadlines(
                    OrderKey(AllegationTimeliness.ResolvedWithinMonthsBy(day, 1)),
                    OrderKey(AllegationTimeliness.ResolvedWithinMonthsBy(day, 3)),
                    OrderKey(AllegationTimeliness.ResolvedWithinMonthsBy(day, 12)));
            }
            return table;
        }
    }
}
