namespace Safeguarding.Domain.Reporting;

/// <summary>
/// The partnership boards' budget for the year: agencies' contributions and the final expenditure
/// statement (003_2b82dd704ae0436e.txt, Appendix 2).
/// </summary>
/// <param name="Contributions">The agreed contributions by agency.</param>
/// <param name="PublishedTotalBudget">The published total gross budget (383,964).</param>
/// <param name="Expenditure">The final expenditure by category, income as negative amounts.</param>
/// <param name="PublishedTotalExpenditure">The published total of the expenditure statement (383,964).</param>
/// <param name="Source">Where in the document the figures are.</param>
/// <param name="Note">The document's note on what the budget covers; <c>null</c> (the default) when none.</param>
public sealed record BudgetFigures(
    IReadOnlyList<BudgetLine> Contributions,
    decimal PublishedTotalBudget,
    IReadOnlyList<BudgetLine> Expenditure,
    decimal PublishedTotalExpenditure,
    SourceCitation Source,
    string? Note = null)
{
    /// <summary>Gets the sum of the contributions.</summary>
    public decimal TotalContributions => Contributions.Sum(line => line.Amount);

    /// <summary>Gets the sum of the expenditure lines, net of income.</summary>
    public decimal TotalExpenditure => Expenditure.Sum(line => line.Amount);

    /// <summary>Gets each contribution's share of the total contributions, as a percentage.</summary>
    public IReadOnlyList<(BudgetLine Line, decimal Percent)> ContributionShares =>
        [.. Contributions.Select(line => (line, PublishedFigures.Percentage(line.Amount, TotalContributions)))];
}
