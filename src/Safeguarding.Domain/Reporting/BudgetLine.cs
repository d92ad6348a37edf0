namespace Safeguarding.Domain.Reporting;

/// <summary>One line of a budget: a contribution, a cost, or income (a negative amount).</summary>
/// <param name="Name">The line, in the document's words, such as "Police" or "Salary Costs".</param>
/// <param name="Amount">The amount in pounds; income is negative.</param>
/// <param name="Note">The document's note on the line; <c>null</c> when none.</param>
public sealed record BudgetLine(string Name, decimal Amount, string? Note = null);
