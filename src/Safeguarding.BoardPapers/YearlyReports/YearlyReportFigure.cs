namespace Safeguarding.BoardPapers.YearlyReports;

/// <summary>
/// One figure of the partners' yearly report, traced to its source: the count or amount, the share
/// computed from counts (never copied from the document), the figure the document published, and
/// whether the two agree. A figure the data does not give says so in <see cref="Missing"/>, never a
/// blank or a zero.
/// </summary>
/// <param name="Measure">What is measured, such as "Children subject to a child protection plan, Q4: Neglect".</param>
/// <param name="Value">The count or amount; <c>null</c> when the data does not give it.</param>
/// <param name="Source">Where it comes from: the document and the place in it.</param>
public sealed record YearlyReportFigure(string Measure, decimal? Value, Safeguarding.Domain.SourceCitation Source)
{
    /// <summary>Gets how many decimal places <see cref="Value"/> is shown with. The default is 0.</summary>
    public int DecimalPlaces { get; init; }

    /// <summary>Gets the unit shown after <see cref="Value"/>, such as "%" or " a month"; <c>null</c> for none.</summary>
    public string? Unit { get; init; }

    /// <summary>Gets the share computed from the counts, as a percentage; <c>null</c> when the figure is not a share of something.</summary>
    public decimal? Share { get; init; }

    /// <summary>Gets what <see cref="Share"/> is a share of, such as "of 231 children"; <c>null</c> with no share.</summary>
    public string? ShareOf { get; init; }

    /// <summary>Gets the figure the document published for the same measure (a percentage for a share); <c>null</c> when it published none.</summary>
    public decimal? Published { get; init; }

    /// <summary>Gets whether the computed figure agrees with <see cref="Published"/>, allowing for the document's rounding, in words; or what the document gets wrong; <c>null</c> when there is nothing to compare.</summary>
    public string? Check { get; init; }

    /// <summary>Gets what the report says in place of a figure the data does not give, such as "Not in the data: the document gives no figure"; <c>null</c> when the figure is given.</summary>
    public string? Missing { get; init; }

    /// <summary>Gets a value indicating whether the document's own figure disagrees with the one computed from its counts.</summary>
    public bool Disagrees { get; init; }
}
