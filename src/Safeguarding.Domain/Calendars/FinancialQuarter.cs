namespace Safeguarding.Domain.Calendars;

/// <summary>
/// A quarter of a UK financial year: Q1 April–June, Q2 July–September, Q3 October–December,
/// Q4 January–March. Scorecards and performance reports give one value per quarter.
/// </summary>
public readonly struct FinancialQuarter : IEquatable<FinancialQuarter>, IComparable<FinancialQuarter>
{
    /// <summary>Creates quarter <paramref name="number"/> of <paramref name="year"/>.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="number">1 to 4.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="number"/> is not 1 to 4.</exception>
    public FinancialQuarter(FinancialYear year, int number)
    {
        Year = year;
        Number = Preconditions.CheckArgumentRange(number, nameof(number), 1, 4);
    }

    /// <summary>Gets the financial year the quarter belongs to.</summary>
    public FinancialYear Year { get; }

    /// <summary>Gets the quarter's number, 1 to 4.</summary>
    public int Number { get; }

    /// <summary>Gets the first day of the quarter.</summary>
    public LocalDate Start => Year.Start.PlusMonths(3 * (Number - 1));

    /// <summary>Gets the last day of the quarter.</summary>
    public LocalDate End => Start.PlusMonths(3).PlusDays(-1);

    /// <summary>Gets the short label, such as "Q3".</summary>
    public string Label => $"Q{Number}";

    /// <summary>Gets the quarter that follows this one, in the next year after Q4.</summary>
    public FinancialQuarter Next => Number == 4 ? new(new FinancialYear(Year.StartYear + 1), 1) : new(Year, Number + 1);

    /// <inheritdoc/>
    public bool Equals(FinancialQuarter other) => Year == other.Year && Number == other.Number;

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is FinancialQuarter other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode() => HashCode.Combine(Year, Number);

    /// <inheritdoc/>
    public int CompareTo(FinancialQuarter other)
    {
        var byYear = Year.CompareTo(other.Year);
        return byYear != 0 ? byYear : Number.CompareTo(other.Number);
    }

    /// <summary>Returns the quarter and year, such as "Q3 2014-15".</summary>
    /// <returns>The label with its year.</returns>
    public override string ToString() => $"{Label} {Year.Label}";

    /// <summary>Deconstructs the quarter into its year and number.</summary>
    /// <param name="year">The financial year.</param>
    /// <param name="number">The quarter's number.</param>
    public void Deconstruct(out FinancialYear year, out int number)
    {
        year = Year;
        number = Number;
    }

    /// <summary>Compares two quarters for equality.</summary>
    public static bool operator ==(FinancialQuarter left, FinancialQuarter right) => left.Equals(right);

    /// <summary>Compares two quarters for inequality.</summary>
    public static bool operator !=(FinancialQuarter left, FinancialQuarter right) => !left.Equals(right);

    /// <summary>Tells whether <paramref name="left"/> is earlier than <paramref name="right"/>.</summary>
    public static bool operator <(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) < 0;

    /// <summary>Tells whether <paramref name="left"/> is later than <paramref name="right"/>.</summary>
    public static bool operator >(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) > 0;

    /// <summary>Tells whether <paramref name="left"/> is earlier than or the same as <paramref name="right"/>.</summary>
    public static bool operator <=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) <= 0;

    /// <summary>Tells whether <paramref name="left"/> is later than or the same as <paramref name="right"/>.</summary>
    public static bool operator >=(FinancialQuarter left, FinancialQuarter right) => left.CompareTo(right) >= 0;
}
