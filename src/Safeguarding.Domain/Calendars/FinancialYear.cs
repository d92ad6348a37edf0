using System.Globalization;
using System.Text.RegularExpressions;

namespace Safeguarding.Domain.Calendars;

/// <summary>
/// A UK financial year, 1 April to 31 March, as boards and councils plan and report by it
/// ("2014-15"). Business plans, annual reports and scorecards are all set out by financial year.
/// </summary>
/// <remarks>The year runs from 1 April of <see cref="StartYear"/> to 31 March of the year after.</remarks>
public readonly partial struct FinancialYear : IEquatable<FinancialYear>, IComparable<FinancialYear>
{
    /// <summary>Creates the financial year that starts on 1 April of <paramref name="startYear"/>.</summary>
    /// <param name="startYear">The calendar year in which the financial year starts (1900 to 9998).</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="startYear"/> is outside 1900 to 9998.</exception>
    public FinancialYear(int startYear)
    {
        StartYear = Preconditions.CheckArgumentRange(startYear, nameof(startYear), 1900, 9998);
    }

    /// <summary>Gets the calendar year in which this financial year starts.</summary>
    /// <value>2014 for the financial year 2014-15.</value>
    public int StartYear { get; }

    /// <summary>Gets the first day of the year, 1 April.</summary>
    public LocalDate Start => new(StartYear, 4, 1);

    /// <summary>Gets the last day of the year, 31 March of the following calendar year.</summary>
    public LocalDate End => new(StartYear + 1, 3, 31);

    /// <summary>Gets the days of the year as an interval.</summary>
    public DateInterval Interval => new(Start, End);

    /// <summary>Gets the label boards use, such as "2014-15".</summary>
    public string Label => string.Create(CultureInfo.InvariantCulture, $"{StartYear}-{(StartYear + 1) % 100:00}");

    /// <summary>Gets the four quarters of the year, Q1 (April to June) first.</summary>
    public IReadOnlyList<FinancialQuarter> Quarters =>
        [new(this, 1), new(this, 2), new(this, 3), new(this, 4)];

    /// <summary>Gets the financial year that contains <paramref name="date"/>.</summary>
    /// <param name="date">Any date.</param>
    /// <returns>The year from the 1 April on or before the date.</returns>
    public static FinancialYear Containing(LocalDate date) => new(date.Month >= 4 ? date.Year : date.Year - 1);

    /// <summary>Gets the quarter of this year that contains <paramref name="date"/>.</summary>
    /// <param name="date">A date within this financial year.</param>
    /// <returns>Q1 for April to June, Q2 July to September, Q3 October to December, Q4 January to March.</returns>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="date"/> is not within this year.</exception>
    public FinancialQuarter QuarterContaining(LocalDate date)
    {
        if (!Contains(date))
        {
            throw new ArgumentOutOfRangeException(nameof(date), date, $"Expected a date within the financial year {Label} ({Start:uuuu-MM-dd} to {End:uuuu-MM-dd}).");
        }
        var monthsIn = ((date.Month + 12) - 4) % 12;
        return new FinancialQuarter(this, (monthsIn / 3) + 1);
    }

    /// <summary>Tells whether <paramref name="date"/> falls within this financial year.</summary>
    /// <param name="date">Any date.</param>
    /// <returns><c>true</c> from 1 April to 31 March inclusive.</returns>
    public bool Contains(LocalDate date) => date >= Start && date <= End;

    /// <summary>Reads a financial year label: "2014-15", "2014/15", "2015/2016" or "14-15".</summary>
    /// <param name="text">The label.</param>
    /// <returns>The financial year.</returns>
    /// <exception cref="FormatException">The text is not a financial year label, or its two years are not consecutive.</exception>
    public static FinancialYear Parse(string text)
    {
        Preconditions.CheckNotNull(text);
        var match = LabelPattern().Match(text.Trim());
        if (!match.Success)
        {
            throw new FormatException($"Expected a financial year such as \"2014-15\", but found \"{text}\".");
        }
        var first = int.Parse(match.Groups["first"].Value, CultureInfo.InvariantCulture);
        var second = int.Parse(match.Groups["second"].Value, CultureInfo.InvariantCulture);
        if (first < 100)
        {
            first += 2000;
        }
        if (first is < 1900 or > 9998)
        {
            throw new FormatException($"Expected a financial year from 1900-01 to 9998-99, but found \"{text}\".");
        }
        if ((first + 1) % (match.Groups["second"].Value.Length == 4 ? 10000 : 100) != second)
        {
            throw new FormatException($"Expected the second year of \"{text}\" to follow the first, as in \"2014-15\".");
        }
        return new FinancialYear(first);
    }

    /// <inheritdoc/>
    public bool Equals(FinancialYear other) => StartYear == other.StartYear;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FinancialYear other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => StartYear;

    /// <inheritdoc/>
    public int CompareTo(FinancialYear other) => StartYear.CompareTo(other.StartYear);

    /// <summary>Returns the label, such as "2014-15".</summary>
    /// <returns>The label.</returns>
    public override string ToString() => Label;

    /// <summary>Compares two years for equality.</summary>
    public static bool operator ==(FinancialYear left, FinancialYear right) => left.Equals(right);

    /// <summary>Compares two years for inequality.</summary>
    public static bool operator !=(FinancialYear left, FinancialYear right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(FinancialYear left, FinancialYear right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(FinancialYear left, FinancialYear right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> is earlier than or the same as <paramref name="right"/>.</summary>
    public static bool operator <=(FinancialYear left, FinancialYear right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> is later than or the same as <paramref name="right"/>.</summary>
    public static bool operator >=(FinancialYear left, FinancialYear right) => left.CompareTo(right) >= 0;

    [GeneratedRegex(@"^(?<first>\d{4}|\d{2})\s*[-/–]\s*(?<second>\d{4}|\d{2})$")]
    private static partial Regex LabelPattern();
}
